using AwarenessBot.Teams;
using AwarenessBot.Content.Loading;
using AwarenessBot.Dialogs;
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
public sealed class AwarenessActivityHandler(IContentProvider contentProvider, MessageRouter router, BotMemory memory) : ActivityHandler
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
        // In Teams channels and group chats the message starts with "<at>AwarenessBot</at>".
        MentionStripper.StripRecipientMention(activity);
        var text = UserInput.TextOf(activity);
        var phrases = contentProvider.Current.Text;

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
        await router.RouteAsync(turnContext, text, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        // Welcome once when a person joins, not when the bot itself is added.
        if (!membersAdded.Any(m => m.Id != turnContext.Activity.Recipient?.Id)) return;
        await turnContext.SendActivityAsync(MessageFactory.Text(contentProvider.Current.Text.Welcome), cancellationToken).ConfigureAwait(false);
        await router.ShowMenuAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    private static bool HasWords(string text) => text.Any(char.IsLetterOrDigit);
}
