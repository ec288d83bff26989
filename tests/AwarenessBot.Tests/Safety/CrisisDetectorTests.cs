using AwarenessBot.Safety;
using AwarenessBot.Text;

namespace AwarenessBot.Tests.Safety;

public class CrisisDetectorTests
{
    private static readonly IReadOnlyList<string> CrisisMessages = TestData.Lines("crisis", "crisis.txt");
    private static readonly IReadOnlyList<string> OrdinaryMessages = TestData.Lines("crisis", "not-crisis.txt");

    [Fact]
    public void The_test_sets_are_big_enough()
    {
        Assert.True(CrisisMessages.Count >= 80, $"only {CrisisMessages.Count} crisis messages");
        Assert.True(OrdinaryMessages.Count >= 80, $"only {OrdinaryMessages.Count} non-crisis messages");
    }

    [Fact]
    public void Recall_on_the_crisis_set_is_100_percent()
    {
        var missed = CrisisMessages.Where(m => !CrisisDetector.IsCrisis(m)).ToList();
        Assert.True(missed.Count == 0, "missed crisis messages:\n" + string.Join("\n", missed));
    }

    [Fact]
    public void False_alarms_on_the_ordinary_set_stay_at_or_below_5_percent()
    {
        var alarms = OrdinaryMessages.Select(m => (m, CrisisDetector.Assess(m))).Where(x => x.Item2.IsCrisis).ToList();
        var rate = (double)alarms.Count / OrdinaryMessages.Count;
        Assert.True(rate <= 0.05, $"false alarm rate {rate:P1}:\n" + string.Join("\n", alarms.Select(a => $"{a.m}  [{a.Item2.Rule}]")));
    }

    [Theory]
    [InlineData("I'm being forced to have sex and I'm only 12")] // the BBC 2018 case
    [InlineData("I don't want to live")]                         // negation inside the phrase itself
    [InlineData("not safe at home")]
    [InlineData("kms")]
    [InlineData("I'M BEING TRAFFICKED")]
    public void Catches_the_cases_design_names(string message) => Assert.True(CrisisDetector.IsCrisis(message));

    [Theory]
    [InlineData("how do I report trafficking")]
    [InlineData("what is the hotline")]
    [InlineData("what are the signs of abuse")]
    [InlineData("why don't victims just leave")]
    public void Lets_the_informational_questions_design_names_through(string message) => Assert.False(CrisisDetector.IsCrisis(message));

    [Theory]
    [InlineData("me quiero morir", Language.Spanish)]
    [InlineData("auxilio", Language.Spanish)]
    [InlineData("I want to die", Language.English)]
    public void Reports_the_language_of_the_message(string message, Language language) =>
        Assert.Equal(language, CrisisDetector.Assess(message).Language);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("🙂🙂🙂")]
    [InlineData("<script>alert(1)</script>")]
    public void Odd_input_is_not_crisis_and_does_not_throw(string? message) => Assert.False(CrisisDetector.IsCrisis(message));

    [Fact]
    public void A_huge_message_is_still_checked()
    {
        var huge = string.Concat(Enumerable.Repeat("blah blah ", 2000)) + " i want to kill myself";
        Assert.True(CrisisDetector.IsCrisis(huge));
    }
}
