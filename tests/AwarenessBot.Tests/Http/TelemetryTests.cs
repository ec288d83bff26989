using System.Diagnostics;
using System.Net;
using System.Text;
using AwarenessBot.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AwarenessBot.Tests.Http;

/// <summary>The bot's real pipeline with OpenTelemetry's in-memory exporters: the counts and spans a turn leaves (and the admins' counts), and that nothing personal leaks into them.</summary>
public class TelemetryTests
{
    private sealed class TelemetryBotFactory : WebApplicationFactory<Program>
    {
        public List<Activity> Spans { get; } = [];
        public List<Metric> Metrics { get; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Storage:Kind", "Memory");
            builder.UseSetting("Content:Path", ContentPaths.Fixture);
            builder.ConfigureTestServices(services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
                services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
            });
        }

        public void Flush()
        {
            Services.GetRequiredService<TracerProvider>().ForceFlush();
            Services.GetRequiredService<MeterProvider>().ForceFlush();
        }
    }

    // What a student might type: a name, a phone number, an e-mail. None of it may reach a tag or an attribute.
    private static readonly string[] Secrets = ["Mariana Quintero", "213-555-0142", "mariana.q@example.org", "Zyxwvut"];

    private static async Task<JObject> SendAsync(HttpClient client, string text, string conversation, string? locale = null)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "test",
            ["serviceUrl"] = "https://test.example.org",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JObject { ["id"] = conversation },
            ["from"] = new JObject { ["id"] = "user-" + conversation, ["role"] = "user" },
            ["recipient"] = new JObject { ["id"] = "bot", ["role"] = "bot" },
            ["text"] = text,
            ["locale"] = locale,
        };
        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        return (JObject)body["activities"]!.Single(a => a.Value<string>("name") == "Route")["value"]!;
    }

    private static IEnumerable<(string Metric, Dictionary<string, object?> Tags, double Value)> Points(IEnumerable<Metric> metrics)
    {
        var points = new List<(string, Dictionary<string, object?>, double)>();
        foreach (var metric in metrics)
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                var tags = new Dictionary<string, object?>();
                foreach (var tag in point.Tags) tags[tag.Key] = tag.Value;
                var value = metric.MetricType switch
                {
                    MetricType.LongSum => point.GetSumLong(),
                    MetricType.Histogram => point.GetHistogramCount(),
                    _ => 0,
                };
                points.Add((metric.Name, tags, value));
            }
        return points;
    }

    [Fact]
    public async Task Turns_leave_counts_and_a_span_tagged_only_with_channel_language_topic_and_tier()
    {
        using var factory = new TelemetryBotFactory();
        var client = factory.CreateClient();
        var conversations = Enumerable.Range(0, 4).Select(_ => "conv-" + Guid.NewGuid().ToString("N")).ToList();

        var answered = await SendAsync(client, $"how often should I water the plants? email me at {Secrets[2]}", conversations[0]);
        var unanswered = await SendAsync(client, $"{Secrets[3]} call me at {Secrets[1]} or {Secrets[2]} about the weather tomorrow", conversations[1]);
        var crisis = await SendAsync(client, $"I want to kill myself, this is {Secrets[0]}", conversations[2]);
        var spanish = await SendAsync(client, "¿Cada cuánto debo regar las plantas?", conversations[3], "es-MX");
        // A Direct Line path carries a conversation id: the request span must not.
        using (await client.GetAsync($"/v3/directline/conversations/{conversations[0]}/activities")) { }
        factory.Flush();

        Assert.NotNull(answered.Value<string>("topic"));
        Assert.Null(unanswered.Value<string>("topic"));
        Assert.Equal("crisis", crisis.Value<string>("safety"));
        var points = Points(factory.Metrics).ToList();
        double Sum(string name, string key, string? value) => points.Where(p => p.Metric == name && p.Tags.TryGetValue(key, out var v) && Equals(v, value)).Sum(p => p.Value);

        Assert.True(Sum("awarenessbot.turns", TurnTags.ChannelTag, "test") >= 4);
        Assert.True(Sum("awarenessbot.turns", TurnTags.LanguageTag, "es") >= 1);
        Assert.True(Sum("awarenessbot.turn.duration", TurnTags.LanguageTag, "en") >= 3);
        Assert.True(Sum("awarenessbot.answers", TurnTags.TopicTag, answered.Value<string>("topic")) >= 1);
        Assert.True(Sum("awarenessbot.answers", TurnTags.TopicTag, spanish.Value<string>("topic")) >= 1);
        Assert.True(Sum("awarenessbot.fallbacks", TurnTags.LanguageTag, "en") >= 1);
        Assert.True(Sum("awarenessbot.safety", TurnTags.SafetyTag, "crisis") >= 1);
        Assert.True(Sum("awarenessbot.safety", TurnTags.SafetyTag, "none") >= 3);

        var turnSpans = factory.Spans.Where(s => s.OperationName == "bot.turn").ToList();
        Assert.True(turnSpans.Count >= 4);
        Assert.Contains(turnSpans, s => Equals(s.GetTagItem(TurnTags.SafetyTag), "crisis"));
        Assert.Contains(turnSpans, s => Equals(s.GetTagItem(TurnTags.OutcomeTag), "Fallback"));
        Assert.Contains(factory.Spans, s => s.Kind == ActivityKind.Server); // ASP.NET Core's request spans are there too

        // The admins' counts (the same turns, from the state store) are there too.
        var insights = await client.GetStringAsync("/admin/insights?days=1");
        Assert.Contains(JObject.Parse(insights)["counts"]!, c => c.Value<string>("kind") == "answer" && c.Value<string>("detail") == answered.Value<string>("topic"));
        using (var bad = await client.GetAsync("/admin/insights?days=0")) Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        // Nothing a person wrote or that names a person or conversation, in any span, metric or count.
        var forbidden = Secrets.Concat(conversations).Concat(conversations.Select(c => "user-" + c)).Append("kill myself").Append("weather").ToList();
        var values = factory.Spans.SelectMany(s => s.TagObjects.Select(t => $"{t.Key}={t.Value}").Append(s.DisplayName))
            .Concat(points.SelectMany(p => p.Tags.Select(t => $"{t.Key}={t.Value}")))
            .Append(insights)
            .ToList();
        Assert.NotEmpty(values);
        foreach (var secret in forbidden)
            Assert.DoesNotContain(values, v => v.Contains(secret, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/messages", "/api/messages")]
    [InlineData("/v3/directline/conversations/8fKq3xZ-abc/activities", "/v3/directline/conversations/{id}/activities")]
    [InlineData("/v3/conversations/a:1x2y3z@thread.skype/activities/1733000000000", "/v3/conversations/{id}/activities/{id}")]
    [InlineData("/v3/directline/conversations/abcdefghijklmnopqrstuvwxyzabc", "/v3/directline/conversations/{id}")]
    [InlineData("", "/")]
    public void Recorded_paths_lose_their_ids(string path, string recorded) => Assert.Equal(recorded, TelemetryPaths.Redact(path));
}
