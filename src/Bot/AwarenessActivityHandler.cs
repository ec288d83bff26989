using AwarenessBot.Teams;
using AwarenessBot.Content.Loading;
using AwarenessBot.Dialogs.Awareness;
using AwarenessBot.Routing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AwarenessBot;

/// <summary>
/// The bot. By the time a message gets here the crisis guard has passed it. Cleans up the
/// text (Teams mentions, odd or huge input), welcomes new users, hands messages to the router
/// and saves the state at the end of the turn.
/// </summary>
public sealed class AwarenessActivityHandler(IContentProvider contentProvider, MessageRouter router, BotMemory memory, LanguagePreference languages) : ActivityHandler
{
    /// <summary>Longer messages get a polite "could you shorten it" (after the crisis check, which reads all of it).</summary>
    public const int MaxMessageLength = 5000;

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await memory.SaveAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // In Teams channels and group chats people talk to each other: answer only when @mentioned
        // (or when a button on one of our cards is clicked, which carries a value).
        if (TeamsConversations.IsShared(activity) && !TeamsConversations.MentionsBot(activity) && activity.Value is null) return;
        // The safety guard has read (and understood) the message, without the bot's @mention.
        var input = TurnInput.Of(turnContext) ?? throw new InvalidOperationException("The safety guard did not run for this message.");
        var text = input.Text;
        var phrases = contentProvider.For(turnContext).Text;

        if (text.Length > MaxMessageLength)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(phrases.TooLong), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (!HasWords(text))
        {
            // Empty, whitespace, emoji only or an attachment without text: a friendly nudge and the menu.
            await turnContext.SendActivityAsync(MessageFactory.Text(phrases.EmptyMessage), cancellationToken).ConfigureAwait(false);
            await router.ShowMenuAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }
        await router.RouteAsync(turnContext, input, cancellationToken).ConfigureAwait(false);
    }

    // The SDK calls OnMembersAddedAsync only when someone other than the bot joins; Teams needs the opposite.
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var membersAdded = turnContext.Activity.MembersAdded ?? [];
        if (membersAdded.Count == 0) return;
        var botAdded = membersAdded.Any(m => m.Id == turnContext.Activity.Recipient?.Id);
        // Teams: welcome when the app is added, not each time a colleague joins a team.
        // Elsewhere (Web Chat, Emulator): welcome when the person joins.
        var welcome = TeamsConversations.IsTeams(turnContext.Activity) ? botAdded : membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id);
        if (welcome) await WelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The web page says hello when it connects ("webchat/join"): welcome, once per conversation.</summary>
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == "webchat/join" ? WelcomeAsync(turnContext, cancellationToken) : Task.CompletedTask;

    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        WelcomeAsync(turnContext, cancellationToken);

    private async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!await memory.FirstWelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false)) return;
        await languages.DecideAsync(turnContext, "", cancellationToken).ConfigureAwait(false);
        var text = contentProvider.For(turnContext).Text;
        var welcome = TeamsConversations.IsShared(turnContext.Activity) ? text.TeamWelcome : text.Welcome;
        await turnContext.SendActivityAsync(MessageFactory.Text(welcome), cancellationToken).ConfigureAwait(false);
        await router.ShowMenuAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    private static bool HasWords(string text) => text.Any(char.IsLetterOrDigit);
}
