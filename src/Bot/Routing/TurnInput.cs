using AwarenessBot.Dialogs;
using AwarenessBot.Safety;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Routing;

/// <summary>
/// The user's message as the whole turn sees it, built once by the safety guard: the text (a card
/// button's value when there is no text, the bot's Teams @mention removed), the understanding of
/// it (cleaned text, language, embedding) and its safety assessment. Immutable; kept in TurnState.
/// </summary>
public sealed record TurnInput(string Text, UnderstoodMessage Understood, SafetyAssessment Safety)
{
    public static TurnInput? Of(ITurnContext turnContext) => turnContext.TurnState.Get<TurnInput>();

    /// <summary>What the user said in this activity, without the bot's @mention.</summary>
    public static string TextOf(IActivity activity) =>
        activity is IMessageActivity message ? MentionStripper.WithoutRecipientMention(message, UserInput.TextOf(activity)) : "";
}
