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
    public TopicScore? Best => Ranked.Count > 0 ? Ranked[0] : null;

    /// <summary>The topics to offer in a "Did you mean...?" (at most three).</summary>
    public IReadOnlyList<TopicScore> Candidates(double minimum) => Ranked.Where(r => r.Score >= minimum).Take(3).ToList();
}
