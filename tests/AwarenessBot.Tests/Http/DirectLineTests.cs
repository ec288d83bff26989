using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Http;

/// <summary>The embedded Direct Line 3.0 endpoint over real HTTP (the bot as a process, Kestrel), as Web Chat uses it.</summary>
public sealed class DirectLineTests : IAsyncLifetime
{
    private BotProcess _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotProcess.StartAsync(_ => new Dictionary<string, string>
        {
            ["DirectLine__ConversationsPerClient"] = "6",
            ["DirectLine__RequestsPerConversationPerMinute"] = "25",
            ["DirectLine__TokenSeconds"] = "12", // short enough to test expiry, long enough for a slow turn on a busy machine
            ["DirectLine__MaxActivityBytes"] = "4096",
        });
        _client = new HttpClient { BaseAddress = _bot.BaseAddress };
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _bot.Dispose();
        return Task.CompletedTask;
    }

    private sealed record Session(string ConversationId, string Token);

    private async Task<Session> StartAsync()
    {
        using var generate = await _client.PostAsync("/v3/directline/tokens/generate", Json(new JObject { ["user"] = new JObject { ["id"] = "dl_test_" + Guid.NewGuid().ToString("N")[..12] } }));
        Assert.Equal(HttpStatusCode.OK, generate.StatusCode);
        var grant = JObject.Parse(await generate.Content.ReadAsStringAsync());
        var session = new Session(grant.Value<string>("conversationId")!, grant.Value<string>("token")!);
        using var start = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", session.Token);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        Assert.Equal(session.ConversationId, JObject.Parse(await start.Content.ReadAsStringAsync()).Value<string>("conversationId"));
        return session;
    }

    private static StringContent Json(JToken body) => new(body.ToString(), Encoding.UTF8, "application/json");

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await _client.SendAsync(request);
    }

    private async Task<(JArray Activities, string Watermark)> ActivitiesAsync(Session session, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities?watermark={watermark}", session.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return ((JArray)body["activities"]!, body.Value<string>("watermark")!);
    }

    private Task<HttpResponseMessage> PostActivityAsync(Session session, JObject activity) =>
        SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token, Json(activity));

    private static JObject Message(string text, string clientId) => new()
    {
        ["type"] = "message", ["text"] = text, ["from"] = new JObject { ["id"] = "someone-else", ["role"] = "user" },
        ["channelData"] = new JObject { ["clientActivityID"] = clientId },
    };

    [Fact]
    public async Task A_conversation_starts_with_the_welcome_and_echoes_the_users_message_before_the_replies()
    {
        var session = await StartAsync();
        var (welcome, watermark) = await ActivitiesAsync(session);
        Assert.Contains(welcome, a => a.Value<string>("text")!.Contains("No person is watching this chat"));
        Assert.All(welcome, a => Assert.Equal("bot", a["from"]!.Value<string>("role")));

        using var posted = await PostActivityAsync(session, Message("what does CSEC stand for", "client-1"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var id = JObject.Parse(await posted.Content.ReadAsStringAsync()).Value<string>("id");

        var (activities, next) = await ActivitiesAsync(session, watermark);
        var echo = activities[0];
        Assert.Equal(id, echo.Value<string>("id"));
        Assert.Equal("client-1", echo["channelData"]!.Value<string>("clientActivityID"));
        Assert.Equal("user", echo["from"]!.Value<string>("role"));
        Assert.NotEqual("someone-else", echo["from"]!.Value<string>("id")); // the token's user, not what the client claims
        var replies = activities.Skip(1).ToList();
        Assert.Contains(replies, a => a.Value<string>("text")!.Contains("Commercial Sexual Exploitation of Children"));
        Assert.All(replies, a =>
        {
            Assert.Equal("bot", a["from"]!.Value<string>("role"));
            Assert.Equal(id, a.Value<string>("replyToId"));
            Assert.Equal("webchat", a.Value<string>("channelId"));
        });
        Assert.DoesNotContain(activities, a => a.Value<string>("type") == "trace");
        var stamps = activities.Select(a => a.Value<DateTime>("timestamp")).ToList();
        Assert.Equal(stamps.Order(), stamps);
        Assert.Equal((int.Parse(watermark) + activities.Count).ToString(), next);
        Assert.Empty((await ActivitiesAsync(session, next)).Activities);
    }

    [Fact]
    public async Task A_crisis_message_gets_the_emergency_response_through_the_same_pipeline()
    {
        var session = await StartAsync();
        using var posted = await PostActivityAsync(session, Message("I want to kill myself", "client-crisis"));
        var (activities, _) = await ActivitiesAsync(session);
        Assert.Contains(activities, a => a.Value<string>("text")!.StartsWith("I'm worried about your safety"));
    }

    [Fact]
    public async Task Refreshing_a_token_keeps_the_conversation_and_reconnecting_works()
    {
        var session = await StartAsync();
        using var refresh = await SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", session.Token);
        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        var refreshed = JObject.Parse(await refresh.Content.ReadAsStringAsync());
        Assert.Equal(session.ConversationId, refreshed.Value<string>("conversationId"));
        using var reconnect = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}", refreshed.Value<string>("token"));
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
    }

    [Fact]
    public async Task A_token_for_another_conversation_a_forged_token_or_none_gets_403()
    {
        var mine = await StartAsync();
        var theirs = await StartAsync();
        using var other = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        using var none = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.ConversationId}/activities", null);
        Assert.Equal(HttpStatusCode.Forbidden, none.StatusCode);
        var forged = mine.Token[..^4] + (mine.Token.EndsWith("AAAA") ? "BBBB" : "AAAA");
        using var bad = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{mine.ConversationId}/activities", forged);
        Assert.Equal(HttpStatusCode.Forbidden, bad.StatusCode);
        using var post = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{theirs.ConversationId}/activities", mine.Token, Json(Message("hi", "x")));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Contains("TokenInvalid", await post.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_expired_token_gets_403()
    {
        var session = await StartAsync();
        await Task.Delay(TimeSpan.FromSeconds(13)); // tokens live 12 s in this test
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("")]
    [InlineData("{\"type\":\"invoke\",\"name\":\"x\"}")]
    [InlineData("{\"type\":\"message\",\"text\":{\"a\":1}}")]
    public async Task A_malformed_activity_gets_400_with_a_reason(string body)
    {
        var session = await StartAsync();
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token, new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"message\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_oversized_activity_gets_413()
    {
        var session = await StartAsync();
        using var response = await PostActivityAsync(session, Message(new string('a', 8000), "big"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Too_many_requests_in_a_conversation_get_429_and_the_bot_keeps_going()
    {
        var session = await StartAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 40; i++)
        {
            using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);
            statuses.Add(response.StatusCode);
        }
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        // Other conversations are not affected.
        var other = await StartAsync();
        Assert.NotEmpty((await ActivitiesAsync(other)).Activities);
    }

    [Fact]
    public async Task Over_its_limit_a_conversation_still_gets_the_emergency_response()
    {
        var session = await StartAsync();
        HttpStatusCode status;
        var requests = 0;
        do
        {
            using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", session.Token);
            status = response.StatusCode;
        } while (status != HttpStatusCode.TooManyRequests && ++requests < 100);
        Assert.Equal(HttpStatusCode.TooManyRequests, status);

        using (var ordinary = await PostActivityAsync(session, Message("what are the red flags", "over-1")))
            Assert.Equal(HttpStatusCode.TooManyRequests, ordinary.StatusCode);
        Assert.DoesNotContain("emergency response sent", _bot.Log);
        using (var crisis = await PostActivityAsync(session, Message("i want to kill myself", "over-2")))
            Assert.Equal(HttpStatusCode.OK, crisis.StatusCode);
        Assert.Contains("emergency response sent", _bot.Log);
    }

    [Fact]
    public async Task Made_up_tokens_for_a_conversation_do_not_use_up_its_allowance()
    {
        var session = await StartAsync();
        var forged = session.Token[..^4] + "AAAA";
        for (var i = 0; i < 40; i++)
        {
            using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{session.ConversationId}/activities", forged);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        Assert.NotEmpty((await ActivitiesAsync(session)).Activities);
    }

    [Fact]
    public async Task Other_sites_cannot_get_tokens_through_their_visitors_browsers()
    {
        // A cross-site form or text/plain POST needs no permission from us: it must not get a token.
        using var plain = await _client.PostAsync("/v3/directline/tokens/generate", new StringContent("{}", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate") { Content = Json(new JObject()) };
        crossSite.Headers.Add("Origin", "https://elsewhere.example");
        using (var refused = await _client.SendAsync(crossSite)) Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var ownPage = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/tokens/generate") { Content = Json(new JObject()) };
        ownPage.Headers.Add("Origin", _bot.BaseAddress.GetLeftPart(UriPartial.Authority));
        using (var granted = await _client.SendAsync(ownPage)) Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
    }

    [Fact]
    public async Task Typing_and_events_are_not_kept()
    {
        var session = await StartAsync();
        var (_, watermark) = await ActivitiesAsync(session);
        using (var typing = await PostActivityAsync(session, new JObject { ["type"] = "typing", ["from"] = new JObject { ["id"] = "x" } }))
            Assert.Equal(HttpStatusCode.OK, typing.StatusCode);
        using (var ev = await PostActivityAsync(session, new JObject { ["type"] = "event", ["name"] = "something", ["from"] = new JObject { ["id"] = "x" } }))
            Assert.Equal(HttpStatusCode.OK, ev.StatusCode);
        var (after, _) = await ActivitiesAsync(session, watermark);
        Assert.DoesNotContain(after, a => a.Value<string>("type") is "typing" or "event");
    }

    [Fact]
    public async Task Too_many_conversations_from_one_client_get_429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var response = await _client.PostAsync("/v3/directline/tokens/generate", Json(new JObject()));
            statuses.Add(response.StatusCode);
        }
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.DoesNotContain(statuses, s => (int)s >= 500);
    }
}
