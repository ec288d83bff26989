using AwarenessBot.Safety;
using AwarenessBot.Safety.Cleaning;

namespace AwarenessBot.Tests.Understanding;

/// <summary>Disguises and markup are undone before any signal reads a message.</summary>
public class MessageCleanerTests
{
    [Theory]
    [InlineData("I want to <b>kill</b> myself", "I want to kill myself")]
    [InlineData("I&#39;m not safe", "I'm not safe")]
    [InlineData("<p>help</p><p>me</p>", "help me")]
    [InlineData("i want to k i l l myself", "i want to kill myself")]
    [InlineData("h e l p   m e", "help me")]
    [InlineData("s.u.i.c.i.d.e", "suicide")]
    [InlineData("i just wanna d1e", "i just wanna die")]
    [InlineData("im being tr@fficked", "im being trafficked")]
    [InlineData("thinking about s*icide", "thinking about suicide")]
    [InlineData("gonna k!ll myself", "gonna kill myself")]
    [InlineData("he1p", "help")]
    [InlineData("i want to k\u200Bill myself", "i want to kill myself")]
    [InlineData("ｈｅｌｐ ｍｅ", "help me")]
    [InlineData("pleaseeeee helppp", "please help")]
    public void Undoes_markup_and_disguises(string raw, string expected) => Assert.Equal(expected, MessageCleaner.Clean(raw));

    [Theory]
    [InlineData("I have 2 questions about the 5th grade")]
    [InlineData("what is CSEC?")]
    [InlineData("my score was 100 on the test!")]
    [InlineData("a b")]
    public void Leaves_ordinary_text_alone(string text) => Assert.Equal(text, MessageCleaner.Clean(text));

    [Theory]
    [InlineData("k i l l myself")]
    [InlineData("i want to d1e")]
    [InlineData("I&#39;m being tr@fficked")]
    [InlineData("ｉ ｗａｎｔ ｔｏ ｄｉｅ")]
    [InlineData("I want to <b>kill</b> myself")]
    [InlineData("i am being labor trafficked")]
    [InlineData("I am being sexually abused")]
    [InlineData("i was sexually assaulted")]
    [InlineData("my trafficker is outside")]
    [InlineData("i need to get away from my pimp")]
    [InlineData("unalive")]
    [InlineData("kms")]
    [InlineData("HELP")]
    [InlineData("help!!")]
    [InlineData("sos")]
    [InlineData("911")]
    [InlineData("please help")]
    [InlineData("I need help now")]
    public void The_crisis_rules_read_through_the_disguise(string message) => Assert.True(CrisisDetector.IsCrisis(message), message);

    [Fact]
    public void The_lowercase_word_help_stays_the_help_command() => Assert.Equal(SafetyTier.None, CrisisDetector.Assess("help").Tier);
}
