using AwarenessBot.Content.Evaluation;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;
using AwarenessBot.Tests.Understanding;

namespace AwarenessBot.Tests.Content;

/// <summary>
/// How well questions are answered, run the way `content test` runs them (hybrid matching with the real
/// sentence model, the configured thresholds), with the floors the product promises: on the development
/// sets (tuned on) and the frozen held-out set (never tuned on).
/// </summary>
public class AnswerQualityTests
{
    private static readonly string EvalFolder = Path.Combine(AppContext.BaseDirectory, "eval");
    private static readonly MatchingOptions Configured = new(); // the defaults, as in appsettings.json
    private static readonly Lazy<ContentSet> Hybrid = new(() => ContentLoader.LoadOrThrow(ContentPaths.English, SharedModel.Model));

    private static BatchTestReport Run(string file) =>
        new(Hybrid.Value, EvaluationSet.Read(Path.Combine(EvalFolder, file)), Configured.English);

    private static BatchTestReport RunSpanish(string file) =>
        new(SpanishHybrid.Value, EvaluationSet.Read(Path.Combine(EvalFolder, file)), Configured.Spanish);

    // The product's targets are 95% top-1 on the development sets and 92% on the held-out set. These floors
    // are the level reached so far (docs/content-guide.md, "How well it answers"): a ratchet, raised as the
    // content's coverage grows, so answers can only get better.
    [Theory]
    [InlineData("questions-en-dev.tsv", 0.97)]
    [InlineData("questions-en-dev-2.tsv", 0.92)]
    [InlineData("questions-en-dev-3.tsv", 0.93)]
    [InlineData("questions.tsv", 0.95)]
    public void Development_sets_keep_their_top1_floor_and_out_of_scope_at_least_90(string file, double floor)
    {
        var report = Run(file);
        var confusions = string.Join("\n", report.Confusions.Select(c => $"{c.Expected} -> {c.Predicted}: {string.Join(" | ", c.Examples)}"));
        Assert.Empty(report.UnknownTopics);
        Assert.True(report.Top1Accuracy >= floor, $"{file}: top-1 {report.Top1Accuracy:P1}, floor {floor:P0}\n{confusions}");
        Assert.True(report.OutOfScopeHandled >= 0.90, $"{file}: out of scope {report.OutOfScopeHandled:P1}\n{confusions}");
    }

    [Fact]
    public void The_held_out_set_keeps_its_top1_floor_and_out_of_scope_at_least_90()
    {
        // Frozen when written; its lines are not printed here, so nobody tunes on them.
        var report = Run("questions-en-heldout.tsv");
        Assert.True(report.Top1Accuracy >= 0.93, $"held-out top-1 {report.Top1Accuracy:P1}");
        Assert.True(report.OutOfScopeHandled >= 0.90, $"held-out out of scope {report.OutOfScopeHandled:P1}");
    }

    // Spanish: the product's targets are 92% top-1 on development and 90% held-out, out of scope at least 90%.
    // The model is English, so Spanish leans on words; these floors are the level reached so far (a ratchet).
    private static readonly Lazy<ContentSet> SpanishHybrid = new(() => ContentLoader.LoadOrThrow(ContentPaths.Spanish, SharedModel.Model));

    [Theory]
    [InlineData("questions-es-dev.tsv", 0.93, 0.90)]
    [InlineData("questions-es-dev-2.tsv", 0.92, 0.90)] // written later, with many off-topic questions that share the topics' words
    [InlineData("questions-es-dev-3.tsv", 0.95, 0.90)]
    public void The_spanish_development_sets_keep_their_floors(string file, double top1, double outOfScope)
    {
        var report = RunSpanish(file);
        var confusions = string.Join("\n", report.Confusions.Select(c => $"{c.Expected} -> {c.Predicted}: {string.Join(" | ", c.Examples)}"));
        Assert.Empty(report.UnknownTopics);
        Assert.True(report.Top1Accuracy >= top1, $"{file}: top-1 {report.Top1Accuracy:P1}, floor {top1:P0}\n{confusions}");
        Assert.True(report.OutOfScopeHandled >= outOfScope, $"{file}: out of scope {report.OutOfScopeHandled:P1}, floor {outOfScope:P0}\n{confusions}");
    }

    [Fact]
    public void The_spanish_held_out_set_keeps_its_floors()
    {
        var report = RunSpanish("questions-es-heldout.tsv");
        Assert.True(report.Top1Accuracy >= 0.90, $"Spanish held-out top-1 {report.Top1Accuracy:P1}");
        Assert.True(report.OutOfScopeHandled >= 0.90, $"Spanish held-out out of scope {report.OutOfScopeHandled:P1}");
        Assert.Contains("FROZEN", File.ReadLines(Path.Combine(EvalFolder, "questions-es-heldout.tsv")).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sets_are_big_and_varied_enough()
    {
        var english = new[] { "questions-en-dev.tsv", "questions-en-dev-2.tsv", "questions-en-heldout.tsv" }.SelectMany(f => EvaluationSet.Read(Path.Combine(EvalFolder, f))).ToList();
        Assert.True(english.Count >= 150, $"{english.Count} English questions");
        Assert.True(english.Count(c => c.IsOutOfScope) >= 25, "too few out-of-scope questions");
        Assert.True(english.Select(c => c.Expected).Distinct().Count() >= 17, "every topic (and none) should be asked about");
        Assert.Contains("FROZEN", File.ReadLines(Path.Combine(EvalFolder, "questions-en-heldout.tsv")).First(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_keep_their_order_and_stay_between_0_and_1()
    {
        foreach (var question in EvaluationSet.Read(Path.Combine(EvalFolder, "questions-en-dev.tsv")).Select(c => c.Question))
        {
            var ranked = Hybrid.Value.Matcher.Match(question, Configured.English).Ranked;
            Assert.All(ranked, r => Assert.InRange(r.Score, 0.0, 1.0));
            Assert.True(ranked.Count < 2 || ranked[0].Score > ranked[1].Score || ranked[0].Score < 1.0, $"two topics tie at the ceiling for \"{question}\"");
        }
    }

    [Fact]
    public void Without_the_model_words_alone_still_answer_most_questions()
    {
        var report = new BatchTestReport(ContentLoader.LoadOrThrow(ContentPaths.English), EvaluationSet.Read(Path.Combine(EvalFolder, "questions.tsv")), Configured.English);
        Assert.True(report.Top1Accuracy >= 0.85, $"lexical-only top-1 {report.Top1Accuracy:P1}");
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
        var match = Hybrid.Value.Matcher.Match(question, Configured.English);
        Assert.NotEqual(MatchVerdict.NoMatch, match.Verdict);
        Assert.Equal(topic, match.Best!.TopicId);
    }

    [Theory]
    [InlineData("what's the weather like tomorrow")]
    [InlineData("how do I make friends")]
    [InlineData("when does school start")]
    [InlineData("asdf qwerty")]
    public void Off_topic_questions_are_not_answered(string question) =>
        Assert.Equal(MatchVerdict.NoMatch, Hybrid.Value.Matcher.Match(question, Configured.English).Verdict);
}
