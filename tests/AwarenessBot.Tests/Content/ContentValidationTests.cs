using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Validation;

namespace AwarenessBot.Tests.Content;

/// <summary>Broken content is refused as a whole, with errors that name the file and line.</summary>
public class ContentValidationTests
{
    private static ContentLoadResult LoadBroken(Action<TempContent> breakIt)
    {
        using var content = ContentPaths.Copy();
        breakIt(content);
        return ContentLoader.Load(content.Folder);
    }

    /// <summary>"file:line" of the first line of a shipped content file that contains <paramref name="text"/>.</summary>
    private static string At(string file, string text)
    {
        var lines = File.ReadAllLines(Path.Combine(ContentPaths.English, file));
        var index = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{text}' not found in {file}");
        return $"{file}:{index + 1}";
    }

    private static void AssertError(ContentLoadResult result, string location, string fragment)
    {
        Assert.Null(result.Content);
        var errors = result.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.ToString()).ToList();
        Assert.True(errors.Any(e => e.StartsWith(location + ": error:", StringComparison.Ordinal) && e.Contains(fragment, StringComparison.Ordinal)),
            $"expected an error at {location} containing '{fragment}', got:\n{string.Join("\n", errors)}");
    }

    [Fact]
    public void Duplicate_topic_ids()
    {
        var result = LoadBroken(c => c.Write("topics/copy.md", File.ReadAllText(c.PathOf("topics/red-signs.md")).Replace("What are the red signs?", "Totally new question?")));
        Assert.Contains(result.Issues, i => i.Message.Contains("duplicate topic id 'red-signs'"));
        Assert.Null(result.Content);
    }

    [Fact]
    public void A_choice_leading_to_a_missing_topic()
    {
        var result = LoadBroken(c => c.Replace("topics/what-is-csec.md", "topic: who-is-vulnerable", "topic: who-is-vulnerabel"));
        AssertError(result, At("topics/what-is-csec.md", "- title: Who is vulnerable?"), "topic 'who-is-vulnerabel', which does not exist");
    }

    [Fact]
    public void A_dialog_step_starting_a_missing_dialog()
    {
        var result = LoadBroken(c => c.Replace("dialogs/red-signs.yaml", "dialog: how-to-report", "dialog: how-to-reprt"));
        AssertError(result, At("dialogs/red-signs.yaml", "- title: What should I do?"), "dialog 'how-to-reprt', which does not exist");
    }

    [Fact]
    public void A_missing_required_field()
    {
        var result = LoadBroken(c => c.Replace("topics/awareness-month.md", "source: \"January is Human Trafficking Awareness Month\"\n", ""));
        AssertError(result, "topics/awareness-month.md:1", "missing required field 'source'");
    }

    [Fact]
    public void An_empty_body()
    {
        var result = LoadBroken(c =>
        {
            var text = File.ReadAllText(c.PathOf("topics/trauma-informed.md"));
            c.Write("topics/trauma-informed.md", text[..(text.IndexOf("---", 4, StringComparison.Ordinal) + 3)] + "\n\n");
        });
        Assert.Contains(result.Issues, i => i.Location.File == "topics/trauma-informed.md" && i.Message.Contains("no body text"));
        Assert.Null(result.Content);
    }

    [Fact]
    public void A_question_listed_under_two_topics()
    {
        var result = LoadBroken(c => c.Replace("topics/resources.md", "  - What resources are there?", "  - What is CSEC?"));
        Assert.Null(result.Content);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error
            && i.ToString().StartsWith($"{At("topics/what-is-csec.md", "- What is CSEC?")}: error: question \"What is CSEC?\" is also listed under topic 'resources' ({At("topics/resources.md", "- What resources are there?")})"));
    }

    [Fact]
    public void A_yaml_syntax_error_names_its_line()
    {
        var result = LoadBroken(c => c.Replace("dialogs/how-to-report.yaml", "title: How to report", "title: [How to report"));
        Assert.Contains(result.Issues, i => i.Location.File == "dialogs/how-to-report.yaml" && i.Message.StartsWith("YAML syntax"));
        Assert.Null(result.Content);
    }

    [Fact]
    public void A_misspelt_field_is_an_error()
    {
        var result = LoadBroken(c => c.Replace("topics/get-involved.md", "keywords:", "keywords_typo:"));
        AssertError(result, At("topics/get-involved.md", "keywords:"), "unknown field 'keywords_typo'");
    }

    [Fact]
    public void An_unknown_step_kind_is_an_error()
    {
        var result = LoadBroken(c => c.Replace("dialogs/red-signs.yaml", "  - topic: red-signs", "  - show: red-signs"));
        AssertError(result, At("dialogs/red-signs.yaml", "  - topic: red-signs"), "unknown step");
    }

    [Fact]
    public void A_long_button_title_is_a_warning_not_an_error()
    {
        var result = LoadBroken(c => c.Replace("topics/awareness-month.md", "title: Get involved", "title: Get involved in the campaigns"));
        Assert.NotNull(result.Content);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Warning && i.ToString().StartsWith(At("topics/awareness-month.md", "- title: Get involved") + ": warning:") && i.Message.Contains("characters"));
    }

    [Fact]
    public void Load_or_throw_lists_every_error()
    {
        using var content = ContentPaths.Copy();
        content.Replace("topics/what-is-csec.md", "topic: who-is-vulnerable", "topic: nowhere");
        content.Replace("dialogs/red-signs.yaml", "dialog: how-to-report", "dialog: nowhere");
        var error = Assert.Throws<ContentValidationException>(() => ContentLoader.LoadOrThrow(content.Folder));
        Assert.Contains("topics/what-is-csec.md:", error.Message);
        Assert.Contains("dialogs/red-signs.yaml:", error.Message);
    }

    [Fact]
    public void A_near_duplicate_question_under_another_topic_is_a_warning()
    {
        var result = LoadBroken(c => c.Replace("topics/resources.md", "  - What resources are there?", "  - What does CSEC stand for, exactly?"));
        Assert.NotNull(result.Content);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Warning
            && i.Message.Contains("\"What does CSEC stand for, exactly?\"") && i.Message.Contains("\"What does CSEC stand for?\"") && i.Message.Contains("may mix them up"));
    }

    [Fact]
    public void A_topic_nothing_links_to_is_a_warning()
    {
        var result = LoadBroken(c => c.Write("topics/orphan.md",
            "---\nid: orphan\ntitle: An orphan topic\nsource: \"Test\"\nquestions:\n  - What is an orphan topic for testing?\n---\nA topic no menu or button leads to.\n"));
        Assert.NotNull(result.Content);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Warning && i.Location.File == "topics/orphan.md" && i.Message.Contains("nothing links to topic 'orphan'"));
    }

    [Fact]
    public void A_placeholder_nothing_saved_is_an_error()
    {
        var result = LoadBroken(c => c.Replace("dialogs/safety-plan-walkthrough.yaml", "1. {person1}", "1. {persn1}"));
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error && i.Message.Contains("'{persn1}' is not saved by an earlier ask-text step"));
        Assert.Null(result.Content);
    }

    [Fact]
    public void A_topic_naming_an_audience_still_loads_with_a_warning_that_it_is_not_used()
    {
        var result = LoadBroken(c => c.Replace("topics/red-signs.md", "source: ", "audience: staff\nsource: "));
        Assert.NotNull(result.Content);
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Warning && i.Location.File == "topics/red-signs.md" && i.Message.Contains("'audience' is not used"));
    }

    [Fact]
    public void Bot_yaml_maps_each_phrase_by_its_kebab_case_name_and_names_a_missing_or_unknown_one()
    {
        using var content = ContentPaths.Copy();
        var loaded = ContentLoader.Load(content.Folder).Content!;
        Assert.Equal("Want to learn more?", loaded.Text.FollowUpPrompt); // "follow-up-prompt"
        Assert.False(loaded.Text.Help.EndsWith('\n')); // a "|" block, trimmed like every content value

        var missing = LoadBroken(c => c.Replace("bot.yaml", "follow-up-prompt:", "follow-up-prompts:"));
        Assert.Contains(missing.Issues, i => i.Severity == IssueSeverity.Error && i.Message.Contains("missing required field 'follow-up-prompt'"));
        Assert.Contains(missing.Issues, i => i.Severity == IssueSeverity.Error && i.Message.Contains("follow-up-prompts"));
    }

    [Fact]
    public void Two_synonym_lines_sharing_a_word_is_an_error()
    {
        var result = LoadBroken(c => c.Replace("synonyms.yaml", "  - choose, pick, select", "  - choose, pick, select, kid"));
        Assert.Contains(result.Issues, i => i.Severity == IssueSeverity.Error && i.Location.File == "synonyms.yaml" && i.Message.Contains("'kid' is already a synonym"));
    }
}
