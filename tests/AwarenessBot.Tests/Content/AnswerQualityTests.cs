using AwarenessBot.Content.Evaluation;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Matching;

namespace AwarenessBot.Tests.Content;

/// <summary>The shipped batch set, run the way `content test` runs it, with the floors the product promises.</summary>
public class AnswerQualityTests
{
    private static readonly string EvalFolder = Path.Combine(AppContext.BaseDirectory, "eval");
    private static readonly MatchThresholds Configured = new(); // the defaults, as in appsettings.json

    private static BatchTestReport Run(string file) =>
        new(ContentLoader.LoadOrThrow(ContentPaths.English), EvaluationSet.Read(Path.Combine(EvalFolder, file)), Configured);

    [Fact]
    public void The_batch_set_is_big_and_varied_enough()
    {
        var cases = EvaluationSet.Read(Path.Combine(EvalFolder, "questions.tsv"));
        Assert.True(cases.Count >= 200, $"{cases.Count} questions");
        Assert.True(cases.Count(c => c.IsOutOfScope) >= 25, "too few out-of-scope questions");
        Assert.Empty(Run("questions.tsv").UnknownTopics);
    }

    [Fact]
    public void Top1_accuracy_is_at_least_95_percent_and_out_of_scope_handling_at_least_90_percent()
    {
        var report = Run("questions.tsv");
        var confusions = string.Join("\n", report.Confusions.Select(c => $"{c.Expected} -> {c.Predicted}: {string.Join(" | ", c.Examples)}"));
        Assert.True(report.Top1Accuracy >= 0.95, $"top-1 {report.Top1Accuracy:P1}\n{confusions}");
        Assert.True(report.OutOfScopeHandled >= 0.90, $"out of scope {report.OutOfScopeHandled:P1}\n{confusions}");
    }

    [Fact]
    public void The_held_out_set_stays_above_85_percent()
    {
        // Written without looking at the example questions; a drop here means answers stopped generalising.
        var report = Run("holdout.tsv");
        Assert.True(report.Top1Accuracy >= 0.85, $"held-out top-1 {report.Top1Accuracy:P1}");
    }

    [Theory]
    [InlineData("trafficing", "what-is-trafficking")]
    [InlineData("red sings", "red-signs")]
    [InlineData("signs red", "red-signs")]
    [InlineData("csec", "what-is-csec")]
    [InlineData("C.S.E.C.", "what-is-csec")]
    [InlineData("how would i go about reporting it", "how-to-report")]
    [InlineData("dressember", "get-involved")]
    [InlineData("saftey plan", "safety-plan")]
    public void Typos_word_order_and_short_queries_find_the_topic(string question, string topic)
    {
        var match = ContentLoader.LoadOrThrow(ContentPaths.English).Matcher.Match(question, Configured);
        Assert.NotEqual(MatchVerdict.NoMatch, match.Verdict);
        Assert.Equal(topic, match.Best!.TopicId);
    }

    [Theory]
    [InlineData("what's the weather like tomorrow")]
    [InlineData("how do I make friends")]
    [InlineData("when does school start")]
    [InlineData("asdf qwerty")]
    public void Off_topic_questions_are_not_answered(string question) =>
        Assert.Equal(MatchVerdict.NoMatch, ContentLoader.LoadOrThrow(ContentPaths.English).Matcher.Match(question, Configured).Verdict);
}
