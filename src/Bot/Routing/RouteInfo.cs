using AwarenessBot.Safety;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Routing;

/// <summary>
/// How one turn was handled, filled in as the turn runs and sent at its end as the "Route"
/// trace activity (docs/architecture.md, "The Route trace"). Kept in TurnState.
/// </summary>
public sealed class RouteInfo
{
    public const string TraceName = "Route";
    public const string TraceLabel = "AwarenessBot route";
    public const string TraceValueType = "https://awarenessbot/route";

    /// <summary>This turn's route, created on first use.</summary>
    public static RouteInfo Of(ITurnContext turnContext)
    {
        var route = turnContext.TurnState.Get<RouteInfo>();
        if (route is null)
        {
            route = new RouteInfo();
            turnContext.TurnState.Set(route);
        }
        return route;
    }

    public string? Topic { get; set; }
    public double Score { get; set; }
    public IReadOnlyList<(string Topic, double Score)> Alternatives { get; set; } = [];
    /// <summary>The safety guard's verdict on this turn's message (none for other activities).</summary>
    public SafetyAssessment? Safety { get; set; }
    public string? Dialog { get; set; }
    /// <summary>What became of a question (null: the turn continued a flow, or was a command).</summary>
    public TurnOutcome? Outcome { get; set; }

    /// <summary>The trace value as a JObject: the SDK serializes an anonymous object to {} in expectReplies bodies.</summary>
    public JObject ToJson() => new()
    {
        ["topic"] = Topic,
        ["score"] = Math.Round(Score, 4),
        ["alternatives"] = new JArray(Alternatives.Select(a => new JObject { ["topic"] = a.Topic, ["score"] = Math.Round(a.Score, 4) })),
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
