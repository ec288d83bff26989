namespace AwarenessBot.Content.Matching;

public sealed record TopicScore(string TopicId, double Score);

public enum MatchVerdict
{
    /// <summary>One topic is clearly the answer.</summary>
    Confident,
    /// <summary>Two or more topics are close: ask "Did you mean...?".</summary>
    CloseCall,
    /// <summary>Nothing in the content answers this.</summary>
    NoMatch,
}

/// <summary>The matcher's answer: topics ranked best first with scores in 0..1, and what to do with them.</summary>
public sealed record MatchResult(MatchVerdict Verdict, IReadOnlyList<TopicScore> Ranked)
{
    /// <summary>A "Did you mean" offers at most this many topics (more is a menu, not a question), and the Route trace shows as many alternatives.</summary>
    public const int MaxOffered = 3;

    public TopicScore? Best => Ranked.Count > 0 ? Ranked[0] : null;

    /// <summary>The topics to offer in a "Did you mean...?".</summary>
    public IReadOnlyList<TopicScore> Candidates(double minimum) => Ranked.Where(r => r.Score >= minimum).Take(MaxOffered).ToList();
}

/// <summary>
/// How the lexical and semantic scores combine, and when the combined score is an answer, a
/// "Did you mean", or nothing. Set in configuration ("Matching" section) and chosen from
/// <c>content test --sweep</c> on the development set (docs/content-guide.md).
/// </summary>
public sealed record MatchThresholds
{
    public static readonly MatchThresholds Default = new();

    /// <summary>The lexical score's share of the combined score; the semantic similarity has the rest.</summary>
    public double LexicalWeight { get; init; } = 0.5;
    /// <summary>The lexical score s becomes 1 - e^(-s / scale): 0..1, smooth, in the same order (never clipped).</summary>
    public double LexicalScale { get; init; } = 0.5;
    /// <summary>Cosine similarity at or below this says nothing: loosely related questions (and off-topic ones) still reach 0.3-0.5.</summary>
    public double SemanticFloor { get; init; } = 0.5;

    /// <summary>At or above this, the best topic is an answer.</summary>
    public double ConfidentScore { get; init; } = 0.4;
    /// <summary>Below this, a topic is not worth offering at all.</summary>
    public double CandidateScore { get; init; } = 0.25;
    /// <summary>When the runner-up is this close to the best, ask which one was meant.</summary>
    public double CloseMargin { get; init; } = 0.06;

    /// <summary>A topic's combined score (0..1); without a semantic similarity (no model, a button) the lexical score alone.</summary>
    public double Combine(double lexical, double? semantic)
    {
        var words = 1 - Math.Exp(-lexical / LexicalScale);
        if (semantic is not { } similarity) return words;
        var meaning = Math.Clamp((similarity - SemanticFloor) / (1 - SemanticFloor), 0, 1);
        return LexicalWeight * words + (1 - LexicalWeight) * meaning;
    }

    /// <summary>
    /// "Did you mean" only when the top two are close and both worth offering; otherwise the best
    /// topic is the answer if it is good enough, and "I don't know" if it is not.
    /// </summary>
    public MatchVerdict Decide(IReadOnlyList<TopicScore> ranked)
    {
        if (ranked.Count == 0 || ranked[0].Score < CandidateScore) return MatchVerdict.NoMatch;
        var closeRunnerUp = ranked.Count > 1 && ranked[1].Score >= CandidateScore && ranked[0].Score - ranked[1].Score < CloseMargin;
        if (closeRunnerUp) return MatchVerdict.CloseCall;
        return ranked[0].Score >= ConfidentScore ? MatchVerdict.Confident : MatchVerdict.NoMatch;
    }
}
