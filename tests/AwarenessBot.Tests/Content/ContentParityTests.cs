using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Validation;
using AwarenessBot.Text;

namespace AwarenessBot.Tests.Content;

/// <summary>The languages of the content are checked against each other, with file and line.</summary>
public class ContentParityTests
{
    private static ContentLibraryLoadResult LoadBroken(Action<TempContent> breakIt)
    {
        using var content = ContentPaths.CopyAll();
        breakIt(content);
        return ContentLibraryLoader.Load(content.Folder);
    }

    [Fact]
    public void The_shipped_content_has_english_and_spanish_with_the_same_topics_dialogs_and_facts()
    {
        var result = ContentLibraryLoader.Load(ContentPaths.Root);
        Assert.True(result.Library is not null, string.Join("\n", result.Issues));
        Assert.DoesNotContain(result.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal([Language.English, Language.Spanish], result.Library!.Languages.Order());
        Assert.Equal(result.Library.English.Topics.Keys.Order(), result.Library.For(Language.Spanish).Topics.Keys.Order());
    }

    [Fact]
    public void A_topic_in_only_one_language_is_an_error_and_nothing_is_published()
    {
        var result = LoadBroken(c => c.Write("es/topics/solo-espanol.md",
            "---\nid: solo-espanol\ntitle: Solo en español\nsource: \"Test\"\nquestions:\n  - ¿Este tema existe solo en español?\n---\nUn tema sin gemelo en inglés.\n"));
        Assert.Null(result.Library);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error && i.Location.File == "es/topics/solo-espanol.md" && i.Message.Contains("topic 'solo-espanol' has no twin"));
    }

    [Fact]
    public void A_phone_number_that_differs_between_languages_is_an_error_naming_the_file()
    {
        var result = LoadBroken(c => c.Replace("es/topics/how-to-report.md", "1-888-373-7888", "1-888-373-7880"));
        Assert.Null(result.Library);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error && i.Location.File == "es/topics/how-to-report.md" && i.Message.Contains("18883737888"));
    }

    [Fact]
    public void A_follow_up_that_leads_elsewhere_in_one_language_is_an_error()
    {
        var result = LoadBroken(c => c.Replace("es/topics/what-is-csec.md", "topic: who-is-vulnerable", "topic: resources"));
        Assert.Null(result.Library);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error && i.Location.File == "es/topics/what-is-csec.md" && i.Message.Contains("leads to"));
    }

    [Fact]
    public void Facts_are_phone_numbers_short_codes_urls_and_emails()
    {
        var facts = ContentParity.Facts("Call 1-888-373-7888 or (213) 241-3840, text HELP to 233733, see https://polarisproject.org/resources. or write to a.b@lausd.net");
        string[] expected = ["18883737888", "2132413840", "233733", "https://polarisproject.org/resources", "a.b@lausd.net"];
        Assert.True(facts.SetEquals(expected), string.Join(", ", facts));
    }
}
