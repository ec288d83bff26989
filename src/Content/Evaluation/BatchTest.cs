using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;

namespace AwarenessBot.Content.Evaluation;

/// <summary>What the bot did with one question of the batch.</summary>
public sealed record EvaluationOutcome(EvaluationCase Case, MatchVerdict Verdict, IReadOnlyList<TopicScore> Ranked)
{
    /// <summary>What the user is shown first: the best topic, or "none" when the bot says it does not know.</summary>
    public string Predicted => Verdict == MatchVerdict.NoMatch || Ranked.Count == 0 ? EvaluationCase.None : Ranked[0].TopicId;
    public bool Top1 => Predicted == Case.Expected;
    public bool Top3 => Case.IsOutOfScope ? Top1 : Verdict != MatchVerdict.NoMatch && Ranked.Take(3).Any(r => r.TopicId == Case.Expected);
}

public sealed record TopicStats(string TopicId, int Expected, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;
    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;
}

/// <summary>
/// The batch test (like QnA Maker's): runs every question through the matcher and reports
/// top-1/top-3 accuracy, out-of-scope handling, per-topic precision and recall, and confusions.
/// </summary>
public sealed class BatchTestReport
{
    public BatchTestReport(ContentSet content, IEnumerable<EvaluationCase> cases, MatchThresholds thresholds)
        : this(content, cases.Select(c => (c, content.Matcher.Score(c.Question))).ToList(), thresholds)
    {
    }

    /// <summary>A report from scores computed once, so a sweep over thresholds does not embed every question again.</summary>
    public BatchTestReport(ContentSet content, IReadOnlyList<(EvaluationCase Case, TopicScores Scores)> scored, MatchThresholds thresholds)
    {
        Outcomes = scored.Select(s =>
        {
            var match = TopicMatcher.Rank(s.Scores, thresholds);
            return new EvaluationOutcome(s.Case, match.Verdict, match.Ranked);
        }).ToList();
        UnknownTopics = Outcomes.Select(o => o.Case.Expected).Where(e => e != EvaluationCase.None && content.FindTopic(e) is null).Distinct().ToList();
    }

    public IReadOnlyList<EvaluationOutcome> Outcomes { get; }
    /// <summary>Expected topic ids the content does not have (typos in the test file).</summary>
    public IReadOnlyList<string> UnknownTopics { get; }

    private IEnumerable<EvaluationOutcome> InScope => Outcomes.Where(o => !o.Case.IsOutOfScope);
    private IEnumerable<EvaluationOutcome> OutOfScope => Outcomes.Where(o => o.Case.IsOutOfScope);

    /// <summary>Share of all questions whose first answer is right (for out-of-scope ones: "I don't know").</summary>
    public double Top1Accuracy => Share(Outcomes, o => o.Top1);
    public double Top3Accuracy => Share(Outcomes, o => o.Top3);
    public double InScopeTop1 => Share(InScope, o => o.Top1);
    /// <summary>Share of out-of-scope questions the bot honestly did not answer.</summary>
    public double OutOfScopeHandled => Share(OutOfScope, o => o.Verdict == MatchVerdict.NoMatch);
    /// <summary>Share of in-scope questions answered with "Did you mean...?" rather than directly.</summary>
    public double DidYouMeanRate => Share(InScope, o => o.Verdict == MatchVerdict.CloseCall);
    public int InScopeCount => InScope.Count();
    public int OutOfScopeCount => OutOfScope.Count();

    public IReadOnlyList<TopicStats> PerTopic =>
        Outcomes.Select(o => o.Case.Expected).Concat(Outcomes.Select(o => o.Predicted)).Distinct().Order(StringComparer.Ordinal)
            .Select(t => new TopicStats(t, Outcomes.Count(o => o.Case.Expected == t), Outcomes.Count(o => o.Predicted == t), Outcomes.Count(o => o.Case.Expected == t && o.Predicted == t)))
            .ToList();

    /// <summary>Expected/predicted pairs that went wrong, most frequent first.</summary>
    public IReadOnlyList<(string Expected, string Predicted, int Count, IReadOnlyList<string> Examples)> Confusions =>
        Outcomes.Where(o => !o.Top1)
            .GroupBy(o => (o.Case.Expected, o.Predicted))
            .Select(g => (g.Key.Expected, g.Key.Predicted, g.Count(), (IReadOnlyList<string>)g.Select(o => o.Case.Question).Take(3).ToList()))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.Expected, StringComparer.Ordinal)
            .ToList();

    private static double Share(IEnumerable<EvaluationOutcome> outcomes, Func<EvaluationOutcome, bool> counts)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 1 : (double)list.Count(counts) / list.Count;
    }
}
