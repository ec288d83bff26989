using AwarenessBot.Analytics;
using AwarenessBot.Storage;
using AwarenessBot.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Cli;

/// <summary>`insights` and `content unanswered` read the counts from the configured store, as the bot left them.</summary>
public sealed class InsightsCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "awarenessbot-insights-cli-" + Guid.NewGuid().ToString("N"));
    private string StatePath => Path.Combine(_folder, "state.db");
    private string[] Store => [$"--Storage:Kind=Sqlite", $"--Storage:Sqlite:Path={StatePath}", $"--Data:Path={_folder}"];

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private async Task RecordAsync()
    {
        Directory.CreateDirectory(_folder);
        using var storage = new SqliteStateStorage(StatePath, TimeSpan.FromHours(24), TimeProvider.System);
        using var recorder = new InsightsRecorder(storage, Options.Create(new InsightsOptions()), Options.Create(new DataOptions { Path = _folder }), NullLogger<InsightsRecorder>.Instance);
        recorder.Count(new InsightsCount(InsightsCount.Answer, "msteams", "en", "staff", "red-signs"));
        recorder.Count(new InsightsCount(InsightsCount.Answer, "webchat", "es", "student", "red-signs"));
        recorder.Count(new InsightsCount(InsightsCount.Safety, "webchat", "es", "student", "none"));
        foreach (var conversation in new[] { "a", "b", "c" }) recorder.Unanswered("when is prom", Language.English, conversation);
        recorder.Unanswered("my locker 42 is stuck", Language.English, "a");
        await recorder.FlushAsync();
    }

    [Fact]
    public async Task Insights_prints_the_counts_as_a_table_and_as_json()
    {
        await RecordAsync();

        var (exit, output, _) = await Cli.RunAsync(["insights", .. Store]);
        Assert.Equal(0, exit);
        Assert.Contains("red-signs", output);
        Assert.Contains("Messages, by channel", output);

        var (jsonExit, json, _) = await Cli.RunAsync(["insights", "--json", "--days", "7", .. Store]);
        Assert.Equal(0, jsonExit);
        var report = JObject.Parse(json);
        Assert.Equal(2, report["counts"]!.Where(c => c.Value<string>("kind") == "answer").Sum(c => c.Value<long>("total")));
        Assert.Equal(["when is prom"], report["unanswered"]!.Select(q => q.Value<string>("question")));
    }

    [Fact]
    public async Task Content_unanswered_lists_only_questions_asked_in_three_conversations()
    {
        await RecordAsync();
        var (exit, output, _) = await Cli.RunAsync(["content", "unanswered", .. Store]);
        Assert.Equal(0, exit);
        Assert.Contains("when is prom", output);
        Assert.DoesNotContain("locker", output);
    }

    [Fact]
    public async Task A_store_the_running_bot_holds_gets_a_clear_message()
    {
        await RecordAsync();
        using var running = new SqliteStateStorage(StatePath, TimeSpan.FromHours(24), TimeProvider.System);
        await running.CheckAsync(CancellationToken.None);

        var (exit, _, error) = await Cli.RunAsync(["insights", .. Store]);
        Assert.Equal(1, exit);
        Assert.Contains("/admin/insights", error);
    }

    [Theory]
    [InlineData("--days", "0")]
    [InlineData("--days", "many")]
    public async Task A_bad_option_gets_the_usage(string name, string value)
    {
        var (exit, _, error) = await Cli.RunAsync("insights", name, value);
        Assert.Equal(2, exit);
        Assert.Contains("usage: insights", error);
    }
}
