using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Safety.Replies;

/// <summary>
/// Builds a message with buttons the way each channel shows them best: suggested actions where
/// they work (Web Chat, Emulator, Teams personal chat with up to 3), otherwise a hero card with
/// imBack buttons (Teams channels and group chats, and long lists).
/// </summary>
public static class ChoiceMessages
{
    private const int MaxTeamsSuggestedActions = 3;
    private const int MaxSuggestedActions = 6;

    public static IMessageActivity Create(ITurnContext turnContext, string? text, IReadOnlyList<string> titles)
    {
        var message = MessageFactory.Text(text ?? "");
        if (titles.Count == 0) return message;
        if (UseSuggestedActions(turnContext.Activity, titles.Count))
        {
            message.SuggestedActions = new SuggestedActions
            {
                Actions = titles.Select(t => new CardAction(ActionTypes.ImBack, t, value: t)).ToList(),
            };
            return message;
        }
        // The text stays the message's own (Teams shows it above the card); the card carries the buttons.
        var card = new HeroCard { Buttons = titles.Select(t => new CardAction(ActionTypes.ImBack, t, value: t)).ToList() };
        return MessageFactory.Attachment(card.ToAttachment(), text);
    }

    private static bool UseSuggestedActions(IActivity incoming, int count)
    {
        if (incoming.ChannelId == Channels.Msteams)
            return incoming.Conversation?.ConversationType is null or "personal" && count <= MaxTeamsSuggestedActions;
        return count <= MaxSuggestedActions;
    }
}
