using System.Net;
using System.Text;
using AwarenessBot.Safety;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Understanding;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Http;

/// <summary>The model's native library fails to load: what a damaged install does to the loader.</summary>
internal sealed class BrokenModelLoader : IEmbeddingModelLoader
{
    public IEmbeddingModel Load() => throw new DllNotFoundException("libonnxruntime.so: cannot open shared object file");
}

public sealed class DegradedBotFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Kind", "Memory");
        builder.UseSetting("Content:Path", ContentPaths.Fixture);
        builder.ConfigureTestServices(services => services.AddSingleton<IEmbeddingModelLoader, BrokenModelLoader>());
    }
}

/// <summary>Without the sentence model the bot still starts, says so in /healthz, and answers with rules and words.</summary>
public class DegradedUnderstandingTests(DegradedBotFactory factory) : IClassFixture<DegradedBotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<JObject>> SayAsync(string text)
    {
        var activity = new JObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "test", ["serviceUrl"] = "https://test.example.org",
            ["deliveryMode"] = "expectReplies", ["conversation"] = new JObject { ["id"] = Guid.NewGuid().ToString("N") },
            ["from"] = new JObject { ["id"] = "user-1", ["role"] = "user" }, ["recipient"] = new JObject { ["id"] = "bot", ["role"] = "bot" },
            ["text"] = text,
        };
        using var response = await _client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.Cast<JObject>().ToList();
    }

    [Fact]
    public async Task Healthz_reports_degraded_understanding_with_the_reason()
    {
        var health = JObject.Parse(await _client.GetStringAsync("/healthz"));
        Assert.Equal("degraded", health.Value<string>("understanding"));
        Assert.Contains("DllNotFoundException", health.Value<string>("understandingProblem"));
    }

    [Fact]
    public async Task The_emergency_response_never_depends_on_the_model()
    {
        var replies = await SayAsync("I am being labor trafficked");
        Assert.Contains(replies, a => a.Value<string>("text") == EmergencyResponse.English);
        var route = (JObject)replies.Single(a => a.Value<string>("type") == "trace")["value"]!;
        Assert.Equal("crisis", route.Value<string>("safety"));
        Assert.Equal(JTokenType.Null, route["signals"]!["exemplar"]!.Type);
    }

    [Fact]
    public async Task Questions_are_still_answered_from_their_words()
    {
        var replies = await SayAsync("how often should I water the plants?");
        Assert.Contains(replies, a => a.Value<string>("text")?.Contains("Fixture watering answer") == true);
    }
}
