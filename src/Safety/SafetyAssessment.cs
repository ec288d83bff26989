using AwarenessBot.Safety.Semantic;
using AwarenessBot.Text;

namespace AwarenessBot.Safety;

/// <summary>Which signals fired for a message: rule names and the exemplar similarities (never the text).</summary>
public sealed record SafetySignals(IReadOnlyList<string> Rules, ExemplarSimilarity? Exemplars, SafetyTier SemanticTier)
{
    public static readonly SafetySignals None = new([], null, SafetyTier.None);
}

/// <summary>The safety verdict on one message: the tier to answer with, its kind and language, and the signals behind it.</summary>
public sealed record SafetyAssessment(SafetyTier Tier, CrisisKind Kind, Language Language, SafetySignals Signals)
{
    public bool IsCrisis => Tier == SafetyTier.Crisis;

    public static SafetyAssessment None(Language language) => new(SafetyTier.None, CrisisKind.None, language, SafetySignals.None);
}
