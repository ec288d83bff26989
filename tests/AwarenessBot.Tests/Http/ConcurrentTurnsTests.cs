using System.Net;
using System.Text;
using AwarenessBot.Hosting;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Http;

/// <summary>Turns of one conversation arriving at once, on the real host with its default (SQLite) store.</summary>
public sealed class ConcurrentTurnsTests : IAsyncLifetime
{
    private BotProcess _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync();
        _client = new HttpClient { BaseAddress = _bot.BaseAddress };
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private async Task<JArray> AskAsync(string conversationId, string text)
    {
        var activity = new JObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "test", ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies", ["conversation"] = new JObject { ["id"] = conversationId },
            ["from"] = new JObject { ["id"] = "user-" + conversationId }, ["recipient"] = new JObject { ["id"] = "bot" }, ["text"] = text,
        };
        using var response = await _client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (JArray)JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!;
    }

    [Fact]
    public async Task Simultaneous_messages_in_one_conversation_take_turns_instead_of_crossing()
    {
        var questions = new[] { "what is csec", "what are the red flags", "how do I report", "what is trafficking", "myths", "safety plan", "resources", "who is vulnerable" };
        for (var round = 0; round < 5; round++)
        {
            var conversationId = Guid.NewGuid().ToString("N");
            var replies = await Task.WhenAll(questions.Select(q => AskAsync(conversationId, q)));
            Assert.DoesNotContain(replies.SelectMany(r => r), a => a.Value<string>("text") == TurnErrorHandler.CrossedMessages);
        }
    }
}
