using AwarenessBot.Dialogs.Awareness;
using AwarenessBot.Safety.Guard;
using AwarenessBot.Safety.Turn;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Routing;

/// <summary>How this turn's language was decided: what the message itself is in, and what the user prefers.</summary>
public sealed record LanguageDecision(Language Language, Language Preferred)
{
    /// <summary>The message is in the other language: answer in it, and offer to switch.</summary>
    public bool Differs => Language != Preferred;
}

/// <summary>
/// Decides the language each turn answers in, per user (user state): a choice the user made ("español")
/// stands; otherwise the language the user last wrote in clearly, else the channel's locale (Teams, the
/// page's language). A message clearly in the other language is answered in it (the router offers to
/// switch once); a word or two ("csec?", "ok") is answered in the preferred language. Best effort about state: a failing store never stops a turn, least of all a crisis turn.
/// </summary>
public sealed class LanguagePreference(BotMemory memory, ILogger<LanguagePreference> logger) : IReplyLanguage
{
    /// <summary>
    /// How many more common words of the other language a message needs to be answered in it: a word alone
    /// ("HELP", "ok") or a mixed message ("me traduces this is my homework al español") keeps the preferred one.
    /// </summary>
    private const int MinLeadToOverride = 2;

    public async Task<LanguageDecision> DecideAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var stored = await ReadAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var preferred = stored?.Language ?? FromLocale(turnContext.Activity.Locale);
        var spoken = LanguageGuesser.GuessClearly(text);
        var language = preferred is { } kept && spoken is { } other && other != kept && Lead(text, other) < MinLeadToOverride ? kept
            : spoken ?? preferred ?? Language.English;
        var decision = new LanguageDecision(language, preferred ?? language);
        turnContext.TurnState.Set(decision);
        TurnLanguage.Set(turnContext, language);
        // Until the user chooses, the preference follows the language they last wrote in: after a Spanish question, "csec?" is Spanish too.
        if (stored is null || (!stored.Chosen && stored.Language != language)) await WriteAsync(turnContext, new UserLanguage(language, Chosen: false), cancellationToken).ConfigureAwait(false);
        return decision;
    }

    async Task<Language> IReplyLanguage.DecideAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) =>
        (await DecideAsync(turnContext, text, cancellationToken).ConfigureAwait(false)).Language;

    private static int Lead(string text, Language language)
    {
        var (spanish, english) = LanguageGuesser.Count(text);
        return language == Language.Spanish ? spanish - english : english - spanish;
    }

    /// <summary>The user chose a language: it stands from now on, in every conversation.</summary>
    public async Task SwitchAsync(ITurnContext turnContext, Language language, CancellationToken cancellationToken)
    {
        turnContext.TurnState.Set(new LanguageDecision(language, language));
        TurnLanguage.Set(turnContext, language);
        await memory.SetLanguageAsync(turnContext, new UserLanguage(language, Chosen: true), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"es", "es-US", "es-419" -> Spanish; "en-US" -> English; anything else says nothing.</summary>
    public static Language? FromLocale(string? locale) =>
        locale is null ? null
        : locale.StartsWith("es", StringComparison.OrdinalIgnoreCase) ? Language.Spanish
        : locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English
        : null;

    private async Task<UserLanguage?> ReadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            return await memory.GetLanguageAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Could not read the user's language ({ExceptionType}); deciding from the message", e.GetType().Name);
            return null;
        }
    }

    private async Task WriteAsync(ITurnContext turnContext, UserLanguage language, CancellationToken cancellationToken)
    {
        try
        {
            await memory.SetLanguageAsync(turnContext, language, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Could not remember the user's language ({ExceptionType})", e.GetType().Name);
        }
    }
}
