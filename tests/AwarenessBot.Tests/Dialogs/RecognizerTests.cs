using AwarenessBot.Dialogs;
using AwarenessBot.Safety.Turn;
using AwarenessBot.Text;

namespace AwarenessBot.Tests.Dialogs;

public class RecognizerTests
{
    private static readonly List<Choice> Menu =
        [new("What is trafficking?"), new("Red signs"), new("How to report"), new("More topics")];

    [Theory]
    [InlineData("Red signs", 1)]
    [InlineData("red signs", 1)]
    [InlineData("RED SIGNS!", 1)]
    [InlineData("2", 1)]
    [InlineData("#2", 1)]
    [InlineData("option 2", 1)]
    [InlineData("the second one", 1)]
    [InlineData("second", 1)]
    [InlineData("two", 1)]
    [InlineData("la segunda", 1)]
    [InlineData("segundo", 1)]
    [InlineData("the third one please", 2)]
    [InlineData("report", 2)]
    [InlineData("how to reprot", 2)]
    [InlineData("last", 3)]
    [InlineData("the last one", 3)]
    [InlineData("more", 3)]
    [InlineData("1", 0)]
    public void Finds_the_choice_by_title_number_ordinal_or_words(string text, int expected) =>
        Assert.Equal(expected, ChoiceRecognizer.Recognize(text, Menu)?.Index);

    [Theory]
    [InlineData("I have 2 questions about my friend")]
    [InlineData("5")]
    [InlineData("what is a myth about trafficking")]
    [InlineData("")]
    [InlineData("🙂")]
    [InlineData(null)]
    public void Does_not_guess(string? text) => Assert.Null(ChoiceRecognizer.Recognize(text, Menu));

    [Theory]
    [InlineData("yes", true)]
    [InlineData("Yeah", true)]
    [InlineData("yep!", true)]
    [InlineData("sí", true)]
    [InlineData("claro", true)]
    [InlineData("of course", true)]
    [InlineData("no", false)]
    [InlineData("nope", false)]
    [InlineData("not really", false)]
    [InlineData("nah", false)]
    [InlineData("no one", false)]
    public void Reads_yes_and_no_in_english_and_spanish(string text, bool expected) => Assert.Equal(expected, YesNoRecognizer.Recognize(text));

    [Theory]
    [InlineData("maybe")]
    [InlineData("what is csec")]
    [InlineData("")]
    public void Neither_yes_nor_no_is_null(string text) => Assert.Null(YesNoRecognizer.Recognize(text));

    [Fact]
    public void Card_values_count_as_text_when_text_is_null()
    {
        var activity = new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message)
        {
            Text = null,
            Value = Newtonsoft.Json.Linq.JObject.Parse("{\"choice\":\"Red signs\"}"),
        };
        Assert.Equal("Red signs", MessageText.Of(activity));
        activity.Value = null;
        Assert.Equal("", MessageText.Of(activity));
    }
}
