using System.Net;
using System.Text;
using AwarenessBot.Tests.Http;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Storage;

/// <summary>State that outlives a process (SQLite) and is shared by several (Blob), with the bot as real processes.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DurableStateProcessTests(AzuriteFixture azurite)
{
    private static async Task<List<JObject>> SayAsync(BotProcess bot, string conversation, string user, string text)
    {
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };
        var activity = new JObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "emulator", ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies", ["conversation"] = new JObject { ["id"] = conversation },
            ["from"] = new JObject { ["id"] = user }, ["recipient"] = new JObject { ["id"] = "bot" }, ["text"] = text,
        };
        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.Cast<JObject>().Where(a => a.Value<string>("type") == "message").ToList();
    }

    private static string Text(List<JObject> replies) => string.Join("\n", replies.Select(r => r.Value<string>("text")));

    [Fact]
    public async Task A_killed_process_restarts_and_the_conversation_continues_at_the_same_step()
    {
        var database = Path.Combine(Path.GetTempPath(), $"awarenessbot-kill-{Guid.NewGuid():N}.db");
        var environment = new Dictionary<string, string> { ["Storage__Kind"] = "Sqlite", ["Storage__Sqlite__Path"] = database };
        using (var first = await BotProcess.StartAsync(_ => environment))
        {
            Assert.Contains("immediate danger", Text(await SayAsync(first, "kill-test", "user-1", "how do I report?")));
            Assert.Contains("school staff, or a student", Text(await SayAsync(first, "kill-test", "user-1", "no")));
            first.Kill(); // SIGKILL: no shutdown, no flushing
        }
        using var second = await BotProcess.StartAsync(_ => environment);
        var replies = Text(await SayAsync(second, "kill-test", "user-1", "School staff"));
        Assert.Contains("mandated reporting", replies);
    }

    [SkippableFact]
    public async Task Two_instances_share_conversations_through_blob_storage()
    {
        azurite.RequireAzurite();
        var container = "scale-" + Guid.NewGuid().ToString("N");
        Dictionary<string, string> Environment(Uri _) => new()
        {
            ["Storage__Kind"] = "Blob",
            ["Storage__Blob__ConnectionString"] = azurite.ConnectionString!,
            ["Storage__Blob__Container"] = container,
        };
        using var a = await BotProcess.StartAsync(Environment);
        using var b = await BotProcess.StartAsync(Environment);

        // One conversation, its turns alternating between the instances.
        Assert.Contains("immediate danger", Text(await SayAsync(a, "shared", "user-shared", "how do I report?")));
        Assert.Contains("school staff, or a student", Text(await SayAsync(b, "shared", "user-shared", "no")));
        Assert.Contains("mandated reporting", Text(await SayAsync(a, "shared", "user-shared", "School staff")));

        // Fifty conversations at once, spread over both instances, each through the whole dialog.
        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var (first, second) = i % 2 == 0 ? (a, b) : (b, a);
            var conversation = $"load-{i}";
            var user = $"user-{i}";
            var audience = i % 3 == 0 ? "School staff" : "Student or friend";
            var step1 = Text(await SayAsync(first, conversation, user, "how do I report?"));
            var step2 = Text(await SayAsync(second, conversation, user, "no"));
            var step3 = Text(await SayAsync(first, conversation, user, audience));
            return (i, audience, ok: step1.Contains("immediate danger") && step2.Contains("school staff, or a student")
                && step3.Contains(audience == "School staff" ? "mandated reporting" : "tell a trusted adult")
                && !step3.Contains(audience == "School staff" ? "tell a trusted adult" : "mandated reporting"));
        }));
        Assert.All(results, r => Assert.True(r.ok, $"conversation {r.i} ({r.audience}) lost or mixed up its state"));
    }
}

/// <summary>A store that is missing or unreachable stops start-up with a message that says what to fix.</summary>
public sealed class StorageStartupTests
{
    [Theory]
    [InlineData("Blob", "", "not configured correctly: Storage:Kind is Blob but neither")]
    [InlineData("Blob", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:9/devstoreaccount1;", "cannot be used")]
    [InlineData("Sqlite", "", "cannot be used")]
    public async Task A_bad_store_stops_start_up_with_a_clear_error(string kind, string connectionString, string message)
    {
        var info = BotProcess.StartInfo("--urls", "http://127.0.0.1:0");
        info.Environment["Storage__Kind"] = kind;
        info.Environment["Storage__Blob__ConnectionString"] = connectionString;
        info.Environment["Storage__Sqlite__Path"] = "/proc/version/state.db"; // cannot be created
        using var process = System.Diagnostics.Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the bot kept running with a bad store");
        }
        Assert.Equal(1, process.ExitCode);
        var errors = await stderr;
        Assert.Contains(message, errors);
        Assert.Contains("Check the Storage settings", errors);
    }
}
