using AwarenessBot.Safety.Semantic;
using AwarenessBot.Safety.Understanding;

namespace AwarenessBot.Safety;

/// <summary>
/// Decides the safety tier of a message from every signal, any strong one being enough:
/// the rules (<see cref="CrisisDetector"/>: crisis and concern patterns, shouted distress) and
/// the semantic signal (nearest exemplars, when a model is available). Pure and thread-safe.
/// </summary>
public sealed class SafetyClassifier(ExemplarIndex? exemplars, LanguageThresholds? thresholds = null)
{
    private readonly LanguageThresholds _thresholds = thresholds ?? LanguageThresholds.Default;

    /// <summary>Rules only: what the bot can still do without the model.</summary>
    public static readonly SafetyClassifier RulesOnly = new(null);

    public SafetyAssessment Assess(UnderstoodMessage message) => Assess(message, CrisisDetector.AssessCleaned(message.Text));

    /// <summary>With the rules' verdict on the message's cleaned text already in hand (the turn ran them to decide whether to embed).</summary>
    public SafetyAssessment Assess(UnderstoodMessage message, CrisisAssessment rules)
    {
        var (semanticTier, similarity) = Semantic(message, _thresholds.For(rules.Language));
        semanticTier = SemanticTierGiven(rules, semanticTier);
        var tier = (SafetyTier)Math.Max((int)rules.Tier, (int)semanticTier);
        var kind = rules.Tier >= semanticTier ? rules.Kind : semanticTier == SafetyTier.Crisis ? CrisisKind.Unclassified : CrisisKind.PossibleRisk;
        return new(tier, tier == SafetyTier.None ? CrisisKind.None : kind, rules.Language, new(rules.Rules, similarity, semanticTier));
    }

    /// <summary>The strongest tier any part of the message (whole, or one sentence) reaches by similarity.</summary>
    private (SafetyTier Tier, ExemplarSimilarity? Similarity) Semantic(UnderstoodMessage message, SafetyThresholds thresholds)
    {
        if (exemplars is null || !message.HasEmbedding) return (SafetyTier.None, null);
        var best = (Tier: SafetyTier.None, Similarity: ExemplarSimilarity.None);
        var first = true;
        foreach (var vector in message.AllEmbeddings)
        {
            var similarity = exemplars.Compare(vector);
            var tier = TierOf(similarity, thresholds);
            // Report the whole message's similarities unless a sentence reaches a higher tier.
            if (first || tier > best.Tier) best = (tier, similarity);
            first = false;
        }
        return best;
    }

    /// <summary>
    /// The semantic tier once the rules have had their say: the message's framing lowers it as it lowers a rule,
    /// and a concern rule says what kind of message this is (a possible risk), so similarity alone does not make it a crisis.
    /// </summary>
    public static SafetyTier SemanticTierGiven(CrisisAssessment rules, SafetyTier semantic)
    {
        var tier = rules.Demote(semantic, CrisisKind.Unclassified);
        return tier == SafetyTier.Crisis && rules.Tier == SafetyTier.CheckIn ? SafetyTier.CheckIn : tier;
    }

    public static SafetyTier TierOf(ExemplarSimilarity s, SafetyThresholds thresholds)
    {
        if (s.Crisis >= thresholds.CrisisSimilarity && s.Crisis - s.Info >= thresholds.CrisisMargin) return SafetyTier.Crisis;
        if (s.Risk >= thresholds.CheckInSimilarity && s.Risk - s.Info >= thresholds.CheckInMargin) return SafetyTier.CheckIn;
        return SafetyTier.None;
    }
}
