using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Validation;
using AwarenessBot.Text;

namespace AwarenessBot.Tests.Content;

public class SynonymsTests
{
    private static (Synonyms Synonyms, ContentIssues Issues) Read(params string[] lines)
    {
        var issues = new ContentIssues();
        var synonyms = SynonymsReader.Read("synonyms.yaml", "synonyms:\n" + string.Concat(lines.Select(l => $"  - {l}\n")), issues);
        return (synonyms, issues);
    }

    private static string Replace(Synonyms synonyms, string text) => string.Join(' ', synonyms.ReplacePhrases(TextNormalizer.Words(text)));

    [Fact]
    public void Words_map_by_stem_to_the_first_word_of_their_line()
    {
        var (synonyms, issues) = Read("boy, guys, dude");

        Assert.False(issues.HasErrors);
        Assert.Equal("boy", synonyms.Map(TextNormalizer.Stem("guys")));
        Assert.Equal("boy", synonyms.Map(TextNormalizer.Stem("dudes")));
        Assert.Equal("girl", synonyms.Map("girl"));
    }

    [Fact]
    public void A_phrase_stands_for_the_first_word_of_its_line_wherever_it_occurs()
    {
        var (synonyms, issues) = Read("internet, online, en línea", "grades, report card");

        Assert.False(issues.HasErrors);
        Assert.Equal("como me protejo internet", Replace(synonyms, "¿Cómo me protejo en línea?"));
        Assert.Equal("llama a la linea", Replace(synonyms, "llama a la línea")); // the word alone is still the hotline
        Assert.Equal("my grades is wrong who do i report it to", Replace(synonyms, "My report card is wrong, who do I report it to?"));
    }

    [Theory]
    [InlineData("report card, grades")] // the word the topics use must be one word
    [InlineData("boy")] // nothing to map
    public void A_line_that_maps_nothing_to_one_word_is_an_error(string line)
    {
        var (_, issues) = Read(line);
        Assert.Contains(issues.All, i => i.Severity == IssueSeverity.Error && i.Message.Contains("a synonyms line lists a word"));
    }

    [Fact]
    public void A_phrase_on_two_lines_is_an_error()
    {
        var (_, issues) = Read("grades, report card", "report, report card");
        Assert.Contains(issues.All, i => i.Message.Contains("'report card' is already a synonym on line"));
    }
}
