using AwarenessBot.Hosting;
using AwarenessBot.Content.Loading;
using System.Net;
using System.Text;
using AwarenessBot.Safety;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Http;

/// <summary>Real Activity JSON posted to /api/messages through the ASP.NET Core pipeline and the CloudAdapter.</summary>
public class HttpTests(BotFactory factory) : IClassFixture<BotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static JObject Activity(string? text, string? conversationId = null, string type = "message") => NewActivity(text, conversationId ?? Guid.NewGuid().ToString("N"), type);

    private static JObject NewActivity(string? text, string conversationId, string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "test",
        ["serviceUrl"] = "https://test.example.org",
        ["deliveryMode"] = "expectReplies",
        ["timestamp"] = DateTimeOffset.UtcNow,
        ["conversation"] = new JObject { ["id"] = conversationId },
        // A user of its own: the bot remembers each user's language, and tests must not share one.
        ["from"] = new JObject { ["id"] = "user-" + conversationId, ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "bot", ["name"] = "AwarenessBot", ["role"] = "bot" },
        ["text"] = text,
    };

    private async Task<(HttpStatusCode Status, JObject Body)> PostAsync(string body)
    {
        using var response = await _client.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? [] : JObject.Parse(text));
    }

    private static List<JObject> Replies(JObject body) => body["activities"]!.Cast<JObject>().ToList();

    private static JObject Route(JObject body) =>
        (JObject)Replies(body).Single(a => a.Value<string>("type") == "trace" && a.Value<string>("name") == "Route")["value"]!;

    [Fact]
    public async Task A_question_gets_replies_and_the_route_trace()
    {
        var (status, body) = await PostAsync(Activity("how often should I water the plants?").ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        var messages = Replies(body).Where(a => a.Value<string>("type") == "message").ToList();
        Assert.Contains(messages, m => m.Value<string>("text")!.Contains("Fixture watering answer"));
        Assert.Contains(Hotline.Marker, messages[^1].Value<string>("text"));

        var trace = Replies(body).Single(a => a.Value<string>("type") == "trace");
        Assert.Equal("AwarenessBot route", trace.Value<string>("label"));
        Assert.Equal("https://awarenessbot/route", trace.Value<string>("valueType"));
        var route = Route(body);
        Assert.Equal("watering", route.Value<string>("topic"));
        Assert.InRange(route.Value<double>("score"), 0.5, 1.0);
        Assert.IsType<JArray>(route["alternatives"]);
        Assert.False(route.Value<bool>("crisis"));
        Assert.Equal("awareness.topic", route.Value<string>("dialog"));
    }

    [Fact]
    public async Task A_dialog_continues_across_http_requests()
    {
        var conversation = Guid.NewGuid().ToString("N");
        var (_, first) = await PostAsync(Activity("Tools", conversation).ToString());
        Assert.Equal("tools", Route(first).Value<string>("dialog"));
        var (_, second) = await PostAsync(Activity("Student", conversation).ToString());
        Assert.Equal("tools", Route(second).Value<string>("topic"));
        Assert.Contains(Replies(second), a => a.Value<string>("text")?.Contains("Fixture tools for students") == true);
    }

    [Fact]
    public async Task A_crisis_message_gets_the_emergency_response_and_a_crisis_route()
    {
        var (status, body) = await PostAsync(Activity("I want to kill myself").ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Replies(body), a => a.Value<string>("text") == EmergencyResponse.English);
        Assert.True(Route(body).Value<bool>("crisis"));
        Assert.Equal("crisis", Route(body).Value<string>("safety"));
        Assert.NotEmpty(Route(body)["signals"]!["rules"]!);
        Assert.Equal(JTokenType.Null, Route(body)["signals"]!["exemplar"]!.Type); // the rules settled it: no embedding
        Assert.Null(Route(body).Value<string>("topic"));
    }

    [Fact]
    public async Task The_welcome_arrives_on_conversation_update()
    {
        var update = Activity(null, type: "conversationUpdate");
        update["membersAdded"] = new JArray(new JObject { ["id"] = "user-1", ["name"] = "User" });
        var (status, body) = await PostAsync(update.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Replies(body), a => a.Value<string>("text")?.Contains("fixture bot") == true);
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2,3]", "must be a JSON object")]
    [InlineData("\"hello\"", "must be a JSON object")]
    [InlineData("", "empty")]
    [InlineData("{\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x.org\"}", "no 'type'")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"serviceUrl\":\"https://x.org\"}", "no 'conversation'")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{},\"serviceUrl\":\"https://x.org\"}", "no 'conversation'")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"c\"}}", "no 'serviceUrl'")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"not a url\"}", "not an absolute URL")]
    [InlineData("{\"type\":\"message\",\"text\":{\"a\":1},\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"https://x.org\"}", "'text' must be a string")]
    public async Task Bad_requests_get_a_400_with_a_reason(string body, string reason)
    {
        var (status, response) = await PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, response.Value<string>("error"));
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://elsewhere.example/api/")]
    public async Task Without_an_app_id_the_bot_never_posts_replies_to_another_machine(string serviceUrl)
    {
        var activity = Activity("hi");
        activity["serviceUrl"] = serviceUrl;
        activity.Remove("deliveryMode"); // replies would be POSTed to the service URL
        var (status, response) = await PostAsync(activity.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Bot:AllowedServiceUrls", response.Value<string>("error"));
    }

    [Fact]
    public async Task Odd_activities_get_a_normal_reply()
    {
        var noChannel = Activity("how often should I water the plants?");
        noChannel.Remove("channelId");
        var nullMention = Activity("how often should I water the plants?");
        nullMention["entities"] = new JArray(new JObject { ["type"] = "mention", ["mentioned"] = null, ["text"] = "<at>bot</at>" });
        foreach (var activity in new[] { noChannel, nullMention })
        {
            var (status, body) = await PostAsync(activity.ToString());
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("watering", Route(body).Value<string>("topic"));
        }
    }

    [Fact]
    public async Task A_huge_body_gets_a_413()
    {
        var huge = Activity(new string('a', 300 * 1024)).ToString();
        var (status, response) = await PostAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("larger than", response.Value<string>("error"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("🙂🙂")]
    [InlineData("¿qué es la trata?")]
    [InlineData("<img src=x onerror=alert(1)>")]
    public async Task Odd_messages_get_a_friendly_200(string text)
    {
        var (status, body) = await PostAsync(Activity(text).ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Replies(body), a => a.Value<string>("type") == "message" && a.Value<string>("text")!.Contains(Hotline.Marker));
    }

    [Fact]
    public async Task A_message_over_5000_characters_asks_to_shorten_it()
    {
        var (status, body) = await PostAsync(Activity(new string('x', 5001) + " question").ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Replies(body), a => a.Value<string>("text")?.Contains("Fixture says that is too long") == true);
    }

    [Fact]
    public async Task A_retried_activity_gets_no_second_answer()
    {
        // Teams retries a request it got no answer to within 15 s, with the same activity id.
        var activity = Activity("how often should I water the plants?", Guid.NewGuid().ToString("N"));
        var (_, first) = await PostAsync(activity.ToString());
        Assert.Contains(Replies(first), a => a.Value<string>("type") == "message");
        var (status, retry) = await PostAsync(activity.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.DoesNotContain(Replies(retry), a => a.Value<string>("type") == "message");
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("wrong-key", false)]
    [InlineData("the-admin-key", true)]
    public async Task Healthz_shows_details_only_to_this_machine_or_with_the_admin_key(string? key, bool details)
    {
        using var server = factory.WithWebHostBuilder(b => b.UseSetting("Admin:Key", "the-admin-key"));
        var context = await server.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/healthz";
            http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse("203.0.113.7");
            if (key is not null) http.Request.Headers[HealthDetails.KeyHeader] = key;
        });
        Assert.Equal(200, context.Response.StatusCode);
        var body = JObject.Parse(await new StreamReader(context.Response.Body).ReadToEndAsync());
        Assert.Equal("ok", body.Value<string>("status"));
        Assert.Equal(details, body["storage"] is not null);
        Assert.Equal(details, body["content"] is not null);
    }

    [Theory]
    [InlineData("10.0.0.1", true)]  // a known proxy: its word on the client's address counts
    [InlineData("10.0.0.2", false)] // anyone else saying "I'm 127.0.0.1" does not
    public async Task Only_known_proxies_say_who_the_client_is(string from, bool trusted)
    {
        using var server = factory.WithWebHostBuilder(b => b.UseSetting("ReverseProxy:KnownProxies:0", "10.0.0.1"));
        var context = await server.Server.SendAsync(http =>
        {
            http.Request.Method = "GET";
            http.Request.Path = "/healthz";
            http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(from);
            http.Request.Headers["X-Forwarded-For"] = "127.0.0.1";
        });
        var body = JObject.Parse(await new StreamReader(context.Response.Body).ReadToEndAsync());
        Assert.Equal(trusted, body["storage"] is not null); // details only for this machine
    }

    [Fact]
    public async Task Healthz_reports_the_content()
    {
        using var response = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.Value<string>("status"));
        Assert.True(body["storage"]!.Value<bool>("healthy"));
        Assert.Equal("memory", body["storage"]!.Value<string>("store"));
        Assert.Equal(ContentLoader.LoadOrThrow(ContentPaths.FixtureEnglish).Topics.Count, body["content"]!.Value<int>("topics"));
        Assert.Matches("^[0-9a-f]{12}(-[0-9a-f]{12})*$", body["content"]!.Value<string>("version"));
        Assert.Equal("ok", body.Value<string>("understanding"));
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/session")]
    [InlineData("/admin/files/admin.js")]
    [InlineData("/admin/signin-entra")]
    public async Task Without_an_admin_key_or_group_the_admins_page_does_not_exist(string path)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
