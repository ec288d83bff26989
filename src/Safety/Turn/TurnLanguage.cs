using AwarenessBot.Text;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Safety.Turn;

/// <summary>The language this turn answers in, kept in TurnState; English until something decides otherwise.</summary>
public static class TurnLanguage
{
    private const string Key = "AwarenessBot.TurnLanguage";

    public static Language Of(ITurnContext turnContext) =>
        turnContext.TurnState.TryGetValue(Key, out var value) && value is Language language ? language : Language.English;

    public static void Set(ITurnContext turnContext, Language language) => turnContext.TurnState[Key] = language;
}
