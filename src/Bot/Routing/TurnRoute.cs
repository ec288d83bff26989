using AwarenessBot.Safety;
using AwarenessBot.Safety.Turn;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Routing;

/// <summary>
/// How one message turn was handled: built once, from the router's decision and the dialog it left
/// running, and sent at the turn's end as the "Route" trace (docs/architecture.md, "The Route trace").
/// Telemetry tags the turn from it. Kept in TurnState; a turn the router never saw (a crisis message)
/// has only the guard's assessment.
/// </summary>
public sealed record TurnRoute(SafetyAssessment? Safety, string? Topic = null, double Score = 0, IReadOnlyList<(string Topic, double Score)>? Alternatives = null, string? Dialog = null, TurnOutcome? Outcome = null)
{
    public const string TraceName = "Route";
    public const string TraceLabel = "AwarenessBot route";
    public const string TraceValueType = "https://awarenessbot/route";

    /// <summary>This turn's route: the router's, else the guard's assessment alone (none for other activities).</summary>
    public static TurnRoute Of(ITurnContext turnContext) => turnContext.TurnState.Get<TurnRoute>() ?? new TurnRoute(TurnInput.Of(turnContext)?.Safety);

    /// <summary>The trace value as a JObject: the SDK serializes an anonymous object to {} in expectReplies bodies.</summary>
    public JObject ToJson() => new()
    {
        ["topic"] = Topic,
        ["score"] = Math.Round(Score, 4),
        ["alternatives"] = new JArray((Alternatives ?? []).Select(a => new JObject { ["topic"] = a.Topic, ["score"] = Math.Round(a.Score, 4) })),
        ["crisis"] = Safety?.Tier == SafetyTier.Crisis,
        ["safety"] = (Safety?.Tier ?? SafetyTier.None).Name(),
        ["signals"] = SignalsJson(Safety?.Signals ?? SafetySignals.None),
        ["dialog"] = Dialog,
    };

    /// <summary>Which rules fired and how close the message came to each kind of exemplar (null: no embedding this turn).</summary>
    private static JObject SignalsJson(SafetySignals signals) => new()
    {
        ["rules"] = new JArray(signals.Rules),
        ["semantic"] = signals.SemanticTier.Name(),
        ["exemplar"] = signals.Exemplars is not { } e ? null : new JObject
        {
            ["nearest"] = e.Nearest,
            ["similarity"] = Math.Round(Math.Max(e.Crisis, Math.Max(e.Concern, e.Info)), 4),
            ["crisis"] = Math.Round(e.Crisis, 4),
            ["concern"] = Math.Round(e.Concern, 4),
            ["info"] = Math.Round(e.Info, 4),
        },
    };
}

/// <summary>How a question ended: answered, offered as "Did you mean", one of those offers taken, or not answered.</summary>
public enum TurnOutcome { Answer, DidYouMean, DidYouMeanChosen, Fallback }
