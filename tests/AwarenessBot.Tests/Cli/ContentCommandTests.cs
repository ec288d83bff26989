using AwarenessBot.Content.Loading;
namespace AwarenessBot.Tests.Cli;

/// <summary>The admins' tools, run as `dotnet run --project src/Bot -- content ...` runs them.</summary>
public class ContentCommandTests
{
    private static Task<(int Exit, string Output, string Error)> Run(params string[] args) => Cli.RunAsync(["content", .. args]);

    private static string Eval(string file) => Path.Combine(AppContext.BaseDirectory, "eval", file);

    [Fact]
    public async Task Validate_passes_the_shipped_content()
    {
        var (exit, output, _) = await Run("validate", ContentPaths.English);
        Assert.Equal(0, exit);
        Assert.Contains($"OK: {ContentLoader.LoadOrThrow(ContentPaths.English).Topics.Count} topics", output);
    }

    [Fact]
    public async Task Validate_prints_file_and_line_errors_and_fails()
    {
        using var content = ContentPaths.Copy();
        content.Replace("dialogs/red-signs.yaml", "dialog: how-to-report", "dialog: nowhere");
        var (exit, output, _) = await Run("validate", content.Folder);
        Assert.Equal(1, exit);
        Assert.Matches(@"dialogs/red-signs\.yaml:\d+: error: step starts dialog 'nowhere'", output);
        Assert.Contains("1 error(s)", output);
    }

    [Fact]
    public async Task Test_reports_accuracy_per_topic_figures_and_confusions()
    {
        var (exit, output, _) = await Run("test", Eval("questions.tsv"), "--folder", ContentPaths.English, "--min-accuracy", "0.95");
        Assert.Equal(0, exit);
        Assert.Matches(@"top-1 accuracy\s+9\d\.\d %", output);
        Assert.Contains("top-3 accuracy", output);
        Assert.Contains("out-of-scope handled", output);
        Assert.Matches(@"red-signs\s+\d+\s+\d+\.\d %\s+\d+\.\d %", output);
    }

    [Fact]
    public async Task Test_fails_below_the_minimum_accuracy()
    {
        var (exit, output, _) = await Run("test", Eval("questions.tsv"), "--folder", ContentPaths.English, "--min-accuracy", "99.9%");
        Assert.Equal(1, exit);
        Assert.Contains("FAIL: top-1 accuracy", output);
    }

    [Fact]
    public async Task Test_reads_jsonl_too()
    {
        var file = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllLinesAsync(file, ["{\"question\": \"what are the red flags\", \"expected\": \"red-signs\"}", "{\"question\": \"tell me a joke\", \"expected\": \"none\"}"]);
        try
        {
            var (exit, output, _) = await Run("test", file, "--folder", ContentPaths.English);
            Assert.Equal(0, exit);
            Assert.Contains("2 questions (1 in scope, 1 out of scope)", output);
            Assert.Contains("top-1 accuracy        100.0 %", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Preview_shows_what_each_audience_gets()
    {
        var (exit, output, _) = await Run("preview", "red-signs", "--folder", ContentPaths.English);
        Assert.Equal(0, exit);
        Assert.Contains("--- to school staff ---", output);
        Assert.Contains("Signs you may notice in a student", output);
        Assert.Contains("--- to students ---", output);
        Assert.Contains("Signs to watch for in a friend", output);
    }

    [Fact]
    public async Task Preview_of_an_unknown_topic_lists_the_topics()
    {
        var (exit, _, error) = await Run("preview", "nope", "--folder", ContentPaths.English);
        Assert.Equal(2, exit);
        Assert.Contains("No topic 'nope'", error);
        Assert.Contains("red-signs", error);
    }
}
