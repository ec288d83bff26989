using AwarenessBot.Content.Model;
using AwarenessBot.Safety.Guard;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Newtonsoft.Json;

namespace AwarenessBot.Dialogs.Awareness;

/// <summary>
/// What the bot remembers, and nothing more: per conversation (ConversationState) the dialog stack, an
/// unanswered check-in's topic and whether it welcomed and offered a language; per user (UserState) whether
/// they are school staff or a student and their language. No transcript, no names. Saving is the
/// pipeline's (SaveStateMiddleware), once a turn.
/// </summary>
public sealed class BotMemory(ConversationState conversationState, UserState userState) : IDialogReset
{
    public IStatePropertyAccessor<DialogState> DialogState { get; } = conversationState.CreateProperty<DialogState>("dialogState");
    private readonly IStatePropertyAccessor<Audience> _audience = userState.CreateProperty<Audience>("audience");
    private readonly IStatePropertyAccessor<UserLanguage> _language = userState.CreateProperty<UserLanguage>("language");
    private readonly IStatePropertyAccessor<bool> _languageOffered = conversationState.CreateProperty<bool>("languageOffered");
    private readonly IStatePropertyAccessor<bool> _welcomed = conversationState.CreateProperty<bool>("welcomed");
    private readonly IStatePropertyAccessor<PendingCheckIn> _checkIn = conversationState.CreateProperty<PendingCheckIn>("pendingCheckIn");

    /// <summary>True the first time it is asked in a conversation: Teams announces an install twice (conversationUpdate and installationUpdate).</summary>
    public Task<bool> FirstWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => FirstTimeAsync(_welcomed, turnContext, cancellationToken);

    /// <summary>True the first time in a conversation the bot offers to switch language, so it offers once, not every message.</summary>
    public Task<bool> FirstLanguageOfferAsync(ITurnContext turnContext, CancellationToken cancellationToken) => FirstTimeAsync(_languageOffered, turnContext, cancellationToken);

    /// <summary>The language the user speaks with the bot, if it is known yet.</summary>
    public Task<UserLanguage?> GetLanguageAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _language.GetAsync(turnContext, () => null!, cancellationToken)!;

    public Task SetLanguageAsync(ITurnContext turnContext, UserLanguage language, CancellationToken cancellationToken) =>
        _language.SetAsync(turnContext, language, cancellationToken);

    /// <summary>Remembers that the bot asked "are you safe right now?", and the topic of what was asked (never the text).</summary>
    public Task SetPendingCheckInAsync(ITurnContext turnContext, PendingCheckIn checkIn, CancellationToken cancellationToken) =>
        _checkIn.SetAsync(turnContext, checkIn, cancellationToken);

    /// <summary>The check-in this message may answer, if any; it is forgotten once read (it is answered now or never).</summary>
    public async Task<PendingCheckIn?> TakePendingCheckInAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var checkIn = await _checkIn.GetAsync(turnContext, () => null!, cancellationToken).ConfigureAwait(false);
        if (checkIn is not null) await _checkIn.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return checkIn;
    }

    /// <summary>Forgets the dialog stack (a crisis message ends whatever was running); saved with the rest at the end of the turn.</summary>
    public Task EndDialogsAsync(ITurnContext turnContext, CancellationToken cancellationToken) => DialogState.DeleteAsync(turnContext, cancellationToken);

    private static async Task<bool> FirstTimeAsync(IStatePropertyAccessor<bool> flag, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (await flag.GetAsync(turnContext, () => false, cancellationToken).ConfigureAwait(false)) return false;
        await flag.SetAsync(turnContext, true, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Staff or student: what the user said, else what the channel suggests (Teams is used by
    /// staff, the web chat by students), else <see cref="Audience.All"/> (not known: ask).
    /// </summary>
    public async Task<Audience> GetAudienceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var stated = await _audience.GetAsync(turnContext, () => Audience.All, cancellationToken).ConfigureAwait(false);
        return stated != Audience.All ? stated : DefaultFor(turnContext.Activity.ChannelId);
    }

    /// <summary>
    /// The audience if this turn already read the user's state, else the channel's default: for counting a turn
    /// without a storage read of its own (a crisis turn may have read nothing).
    /// </summary>
    public Audience AudienceIfLoaded(ITurnContext turnContext)
    {
        var value = userState.GetCachedState(turnContext)?.State.TryGetValue("audience", out var cached) == true ? cached : null;
        var stated = value switch
        {
            Audience audience => audience,
            Newtonsoft.Json.Linq.JToken token => token.ToObject<Audience>(),
            _ => Audience.All,
        };
        return stated != Audience.All ? stated : DefaultFor(turnContext.Activity.ChannelId);
    }

    public Task SetAudienceAsync(ITurnContext turnContext, Audience audience, CancellationToken cancellationToken) =>
        _audience.SetAsync(turnContext, audience, cancellationToken);

    public static Audience DefaultFor(string? channelId) => channelId switch
    {
        Channels.Msteams => Audience.Staff,
        Channels.Webchat or Channels.Directline => Audience.Student,
        _ => Audience.All,
    };
}

/// <summary>An unanswered check-in: the language it was asked in and the topic the message that prompted it would have got (null: none).</summary>
public sealed record PendingCheckIn(
    [property: JsonProperty("topic")] string? Topic,
    [property: JsonProperty("language")] Language Language);

/// <summary>The user's language, and whether they chose it ("español", the page's toggle) or the bot inferred it.</summary>
public sealed record UserLanguage(
    [property: JsonProperty("language")] Language Language,
    [property: JsonProperty("chosen")] bool Chosen);
