using AwarenessBot.Content.Matching;
using AwarenessBot.Text;

namespace AwarenessBot.Tests.Content;

public class AgeWordsTests
{
    [Theory]
    [InlineData("if a 16 yr old agrees", "if a minor agrees")]
    [InlineData("my 15-year-old daughter", "my minor daughter")]
    [InlineData("she is 14yo", "she is minor")]
    [InlineData("tiene 13 años", "tiene menor")]
    [InlineData("a 17 years old girl", "a minor girl")]
    public void An_age_under_18_is_read_as_a_minor(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', AgeWords.Rewrite(TextNormalizer.Words(text))));

    [Theory]
    [InlineData("a 19 yr old")] // an adult
    [InlineData("call 911")] // a number that is no age
    [InlineData("January 11 is the day")]
    [InlineData("text 233733")]
    public void Other_numbers_stay_as_they_are(string text) =>
        Assert.Equal(TextNormalizer.Words(text), AgeWords.Rewrite(TextNormalizer.Words(text)));
}
