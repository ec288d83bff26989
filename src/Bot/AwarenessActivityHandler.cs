using AwarenessBot.Teams;
using AwarenessBot.Content.Loading;
using AwarenessBot.Dialogs.Awareness;
using AwarenessBot.Routing;
using AwarenessBot.Safety.Turn;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AwarenessBot;

/// <summary>
/// The bot: welcomes new users and hands each message the crisis guard has passed to the router
/// (docs/architecture.md, "A message's path"). State is saved by the pipeline, once a turn.
/// </summary>
public sealed class AwarenessActivityHandler(IContentProvider contentProvider, MessageRouter router, BotMemory memory, LanguagePreference languages) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // In Teams channels and group chats people talk to each other: answer only when @mentioned
        // (or when a button on one of our cards is clicked, which carries a value).
        if (TeamsConversations.IsShared(activity) && !TeamsConversations.MentionsBot(activity) && activity.Value is null) return;
        // The safety guard has read (and understood) the message, without the bot's @mention.
        var input = TurnInput.Of(turnContext) ?? throw new InvalidOperationException("The safety guard did not run for this message.");
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
}
