using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Http;

/// <summary>Edits to (a copy of the fixture) content while the bot runs: valid ones go live without a restart, invalid ones change nothing.</summary>
public sealed class HotReloadTests : IDisposable
{
    private readonly TempContent _content = ContentPaths.CopyFixture();
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
        Assert.DoesNotContain("Our club waters at dawn", Text(await AskAsync("how often should I water the plants?")));
        var version = (await HealthAsync())["content"]!.Value<string>("version");

        _content.Replace("topics/watering.md", "Fixture watering answer", "Our club waters at dawn. Fixture watering answer");

        await Eventually(async () => Text(await AskAsync("how often should I water the plants?")).Contains("Our club waters at dawn"), "the edit to be published");
        var health = await HealthAsync();
        Assert.NotEqual(version, health["content"]!.Value<string>("version"));
        Assert.False(health["content"]!.Value<bool>("lastReloadFailed"));
    }

    [Fact]
    public async Task A_new_topic_file_is_answered()
    {
        _content.Write("topics/compost.md", """
            ---
            id: compost
            title: Compost
            source: "Fixture section 9"
            questions:
              - How do I start a compost pile?
            ---
            Fixture compost answer: greens, browns and a little water.
            """);
        await Eventually(async () => Text(await AskAsync("starting a compost pile")).Contains("Fixture compost answer"), "the new topic");
    }

    [Fact]
    public async Task An_invalid_edit_is_not_applied_and_health_says_why()
    {
        var before = Text(await AskAsync("how often should I water the plants?"));
        _content.Replace("topics/watering.md", "topic: garden-myths", "topic: nowhere");
        _content.Replace("topics/watering.md", "Fixture watering answer", "BROKEN EDIT");

        await Eventually(async () => (await HealthAsync())["content"]!.Value<bool>("lastReloadFailed"), "the failed reload to be reported");
        var errors = (await HealthAsync())["content"]!["lastReloadErrors"]!.Values<string>().ToList();
        Assert.Contains(errors, e => e!.StartsWith("topics/watering.md:") && e.Contains("topic 'nowhere', which does not exist"));
        var after = Text(await AskAsync("how often should I water the plants?"));
        Assert.Equal(before, after);
        Assert.DoesNotContain("BROKEN EDIT", after);

        // Fixing the file publishes it.
        _content.Replace("topics/watering.md", "topic: nowhere", "topic: garden-myths");
        await Eventually(async () => Text(await AskAsync("how often should I water the plants?")).Contains("BROKEN EDIT"), "the fixed edit");
        Assert.False((await HealthAsync())["content"]!.Value<bool>("lastReloadFailed"));
    }

    [Fact]
    public async Task A_conversation_whose_dialog_step_was_removed_ends_gracefully_with_the_menu()
    {
        Assert.Contains("is anyone hurt right now", Text(await AskAsync("Join the club", "in-progress")));
        var version = (await HealthAsync())["content"]!.Value<string>("version");
        _content.Replace("dialogs/join.yaml", """
              - confirm: Fixture, is anyone hurt right now?
                retry: Fixture retry, yes or no.
                yes:
                  - emergency
            """, "");
        await Eventually(async () => (await HealthAsync())["content"]!.Value<string>("version") != version, "the edit to be published");

        var replies = await AskAsync("no", "in-progress");
        Assert.Contains("Fixture step removed", Text(replies));
        Assert.Contains(replies, a => a["suggestedActions"]?["actions"]?.Any(b => b.Value<string>("title") == "More topics") == true);
    }
}
