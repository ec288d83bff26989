using AwarenessBot.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Safety.Replies;

/// <summary>The fixed emergency response as an activity: the constant text plus tap-to-call and tap-to-text buttons.</summary>
public static class EmergencyMessage
{
    public static IMessageActivity Create(Language language = Language.English)
    {
        var card = new HeroCard
        {
            Buttons = EmergencyResponse.ActionsFor(language).Select(a => new CardAction(ActionTypes.OpenUrl, a.Title, value: a.Uri)).ToList(),
        };
        var message = MessageFactory.Attachment(card.ToAttachment(), EmergencyResponse.For(language));
        message.TextFormat = TextFormatTypes.Markdown;
        return message;
    }
}

/// <summary>The fixed check-in as an activity: its text, with "I'm in danger" and "I'm safe" buttons shown the way the channel shows buttons best.</summary>
public static class CheckInMessage
{
    public static IMessageActivity Create(ITurnContext turnContext, Language language)
    {
        var message = ChoiceMessages.Create(turnContext, CheckInResponse.For(language), CheckInResponse.ButtonsFor(language));
        message.TextFormat = TextFormatTypes.Markdown;
        return message;
    }
}
