using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Http;

/// <summary>Content edits while the bot runs: valid ones go live without a restart, invalid ones change nothing.</summary>
public sealed class HotReloadTests : IDisposable
{
    private readonly TempContent _content = ContentPaths.Copy();
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public HotReloadTests()
    {
        _factory = new BotFactory().WithWebHostBuilder(b =>
        {
            b.UseSetting("Content:Path", _content.Folder);
            b.UseSetting("Content:PollSeconds", "0.2");
        });
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        _content.Dispose();
    }

    private async Task<JArray> AskAsync(string text, string conversation = "reload")
    {
        var activity = new JObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "test", ["serviceUrl"] = "https://test.example.org",
            ["deliveryMode"] = "expectReplies", ["conversation"] = new JObject { ["id"] = conversation },
            ["from"] = new JObject { ["id"] = "user" }, ["recipient"] = new JObject { ["id"] = "bot" }, ["text"] = text,
        };
        using var response = await _client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JArray)JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!;
    }

    private static string Text(JArray replies) => string.Join("\n", replies.Where(a => a.Value<string>("type") == "message").Select(a => a.Value<string>("text")));

    private async Task<JObject> HealthAsync() => JObject.Parse(await _client.GetStringAsync("/healthz"));

    /// <summary>Polls until <paramref name="condition"/> holds; the 2-second promise is measured by the benchmark, not asserted here.</summary>
    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        Assert.Fail($"timed out waiting for {what}");
    }

    [Fact]
    public async Task A_valid_edit_shows_up_in_answers_without_a_restart()
    {
        Assert.DoesNotContain("Our school wears blue", Text(await AskAsync("when is human trafficking awareness month")));
        var version = (await HealthAsync())["content"]!.Value<string>("version");

        _content.Replace("topics/awareness-month.md", "It's a great time to learn the signs", "Our school wears blue all week. It's a great time to learn the signs");

        await Eventually(async () => Text(await AskAsync("when is human trafficking awareness month")).Contains("Our school wears blue"), "the edit to be published");
        var health = await HealthAsync();
        Assert.NotEqual(version, health["content"]!.Value<string>("version"));
        Assert.False(health["content"]!.Value<bool>("lastReloadFailed"));
    }

    [Fact]
    public async Task A_new_topic_file_is_answered()
    {
        _content.Write("topics/prom-safety.md", """
            ---
            id: prom-safety
            title: Staying safe at prom
            source: "How to Protect Yourself"
            questions:
              - How do I stay safe at prom night?
            ---
            Go with friends you trust, and tell a trusted adult where you'll be.
            """);
        await Eventually(async () => Text(await AskAsync("staying safe at prom night")).Contains("Go with friends you trust"), "the new topic");
    }

    [Fact]
    public async Task An_invalid_edit_is_not_applied_and_health_says_why()
    {
        var before = Text(await AskAsync("what does CSEC stand for"));
        _content.Replace("topics/what-is-csec.md", "topic: who-is-vulnerable", "topic: nowhere");
        _content.Replace("topics/what-is-csec.md", "It's a form of modern-day slavery", "BROKEN EDIT");

        await Eventually(async () => (await HealthAsync())["content"]!.Value<bool>("lastReloadFailed"), "the failed reload to be reported");
        var errors = (await HealthAsync())["content"]!["lastReloadErrors"]!.Values<string>().ToList();
        Assert.Contains(errors, e => e!.StartsWith("topics/what-is-csec.md:") && e.Contains("topic 'nowhere', which does not exist"));
        var after = Text(await AskAsync("what does CSEC stand for"));
        Assert.Equal(before, after);
        Assert.DoesNotContain("BROKEN EDIT", after);

        // Fixing the file publishes it.
        _content.Replace("topics/what-is-csec.md", "topic: nowhere", "topic: who-is-vulnerable");
        await Eventually(async () => Text(await AskAsync("what does CSEC stand for")).Contains("BROKEN EDIT"), "the fixed edit");
        Assert.False((await HealthAsync())["content"]!.Value<bool>("lastReloadFailed"));
    }

    [Fact]
    public async Task A_conversation_whose_dialog_step_was_removed_ends_gracefully_with_the_menu()
    {
        Assert.Contains("immediate danger", Text(await AskAsync("how do I report?", "in-progress")));
        var version = (await HealthAsync())["content"]!.Value<string>("version");
        _content.Replace("dialogs/how-to-report.yaml", """
              - confirm: First, is someone in immediate danger right now?
                retry: Please answer yes or no. If you're not sure, treat it as an emergency and call 911.
                yes:
                  - emergency
            """, "");
        await Eventually(async () => (await HealthAsync())["content"]!.Value<string>("version") != version, "the edit to be published");

        var replies = await AskAsync("no", "in-progress");
        Assert.Contains("changed since we started", Text(replies));
        Assert.Contains(replies, a => a["suggestedActions"]?["actions"]?.Any(b => b.Value<string>("title") == "More topics") == true);
    }
}
