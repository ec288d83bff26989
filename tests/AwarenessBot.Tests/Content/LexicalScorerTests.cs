using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;

namespace AwarenessBot.Tests.Content;

public class LexicalScorerTests
{
    private static Topic Topic(string id, string[] questions, string[] keywords, string answer = "An answer.") => new()
    {
        Id = id,
        Title = id,
        Source = "test",
        Questions = questions,
        Keywords = keywords,
        Body = new TopicBody([answer], [], []),
        Location = new SourceLocation("test.md", 1),
    };

    private static readonly Topic Weather = Topic("weather", ["Will it rain today?"], ["rain"]);

    private static double ScoreOf(string question, Topic topic, Synonyms? synonyms = null) =>
        new LexicalScorer([topic, Weather], synonyms).Score(question).GetValueOrDefault(topic.Id);

    [Fact]
    public void A_phrase_synonym_takes_its_words_away_from_a_topic()
    {
        var report = Topic("report", ["How do I report trafficking?"], ["report"]);
        var synonyms = new Synonyms(new Dictionary<string, string>(), [(["report", "card"], "grades")]);

        Assert.True(ScoreOf("who do i talk to about my report card", report) > 0);
        Assert.Equal(0, ScoreOf("who do i talk to about my report card", report, synonyms));
        Assert.True(ScoreOf("how do i report it", report, synonyms) > 0);
    }

    [Fact]
    public void An_age_under_18_finds_the_topic_about_minors()
    {
        var minors = Topic("csec", ["Can a minor consent?"], ["minor"]);

        Assert.True(ScoreOf("if a 16 yr old agrees is she a victim", minors) > ScoreOf("if a 19 yr old agrees is she a victim", minors));
    }
}
