using AwarenessBot.Text;

namespace AwarenessBot.Safety;

/// <summary>
/// When the semantic signal alone calls for the emergency response or the check-in. Chosen with
/// <c>safety test --sweep</c> on the development sets only (docs/content-guide.md, "Safety tiers"),
/// and kept in code: no setting or content edit can weaken crisis detection.
/// </summary>
public sealed record SafetyThresholds
{
    /// <summary>A message at least this close to crisis exemplars...</summary>
    public required float CrisisSimilarity { get; init; }
    /// <summary>...and this much closer to them than to informational ones gets the emergency response.</summary>
    public required float CrisisMargin { get; init; }
    /// <summary>A message at least this close to crisis or concern exemplars...</summary>
    public required float CheckInSimilarity { get; init; }
    /// <summary>...and this much closer to them than to informational ones gets the check-in.</summary>
    public required float CheckInMargin { get; init; }
}

/// <summary>
/// Thresholds per language. The model is English: Spanish sentences all look alike to it (their
/// similarities bunch up between 0.5 and 0.7), so Spanish needs wider margins, and leans on its rules.
/// </summary>
public sealed record LanguageThresholds(SafetyThresholds English, SafetyThresholds Spanish)
{
    public static readonly LanguageThresholds Default = new(
        new SafetyThresholds { CrisisSimilarity = 0.50f, CrisisMargin = 0.04f, CheckInSimilarity = 0.40f, CheckInMargin = 0.01f },
        new SafetyThresholds { CrisisSimilarity = 0.50f, CrisisMargin = 0.10f, CheckInSimilarity = 0.50f, CheckInMargin = 0.03f });

    public SafetyThresholds For(Language language) => language == Language.Spanish ? Spanish : English;
}
