using AwarenessBot.Safety.Understanding;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Safety.Turn;

/// <summary>
/// The user's message as the whole turn sees it, built once by the safety guard: the text
/// (<see cref="MessageText"/>), the understanding of it (cleaned text, language, embedding) and its
/// safety assessment. Immutable; kept in TurnState. Dialogs, commands and matching read this, never the activity.
/// </summary>
public sealed record TurnInput(string Text, UnderstoodMessage Understood, SafetyAssessment Safety)
{
    public static TurnInput? Of(ITurnContext turnContext) => turnContext.TurnState.Get<TurnInput>();

    /// <summary>This turn's text: the guard's reading of it, or (a turn the guard did not see, as in engine tests) the activity's.</summary>
    public static string TextOf(ITurnContext turnContext) => Of(turnContext)?.Text ?? MessageText.Of(turnContext.Activity);
}
