using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Routing;

/// <summary>
/// How one turn was handled, filled in as the turn runs and sent at its end as the "Route"
/// trace activity (DESIGN.md, "The Route trace"). Kept in TurnState.
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
    public bool Crisis { get; set; }
    public string? Dialog { get; set; }

    /// <summary>The trace value as a JObject: the SDK serializes an anonymous object to {} in expectReplies bodies.</summary>
    public JObject ToJson() => new()
    {
        ["topic"] = Topic,
        ["score"] = Math.Round(Score, 4),
        ["alternatives"] = new JArray(Alternatives.Select(a => new JObject { ["topic"] = a.Topic, ["score"] = Math.Round(a.Score, 4) })),
        ["crisis"] = Crisis,
        ["dialog"] = Dialog,
    };
}
