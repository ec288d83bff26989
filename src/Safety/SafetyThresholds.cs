namespace AwarenessBot.Safety;

/// <summary>
/// When the semantic signal alone calls for the emergency response or the check-in. Chosen with
/// <c>safety test --sweep</c> on the development sets only (docs/content-guide.md, "Safety tiers"),
/// and kept in code: no setting or content edit can weaken crisis detection.
/// </summary>
public sealed record SafetyThresholds
{
    public static readonly SafetyThresholds Default = new();

    /// <summary>A message at least this close to crisis exemplars...</summary>
    public float CrisisSimilarity { get; init; } = 0.50f;
    /// <summary>...and this much closer to them than to informational ones gets the emergency response.</summary>
    public float CrisisMargin { get; init; } = 0.04f;
    /// <summary>A message at least this close to crisis or concern exemplars...</summary>
    public float CheckInSimilarity { get; init; } = 0.40f;
    /// <summary>...and this much closer to them than to informational ones gets the check-in.</summary>
    public float CheckInMargin { get; init; } = 0.015f;
}
