using System.Diagnostics;
using System.Net;
using System.Text;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Http;

/// <summary>The bot as the README runs it: its own process, its own appsettings.json, real Kestrel.</summary>
public class BotProcessTests
{
    [Fact]
    public async Task The_built_bot_starts_with_its_default_configuration_and_answers_over_http()
    {
        using var bot = await BotProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = "1",
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JObject { ["id"] = "process-test" },
            ["from"] = new JObject { ["id"] = "user" },
            ["recipient"] = new JObject { ["id"] = "bot" },
            ["text"] = "what are the red flags",
        };
        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JObject.Parse(await response.Content.ReadAsStringAsync());
        var route = body["activities"]!.Single(a => a.Value<string>("type") == "trace")["value"]!;
        Assert.True("red-signs" == route.Value<string>("topic"), body.ToString() + "\n" + bot.Log);
    }

    [Fact]
    public async Task Broken_content_at_start_up_serves_the_last_good_or_shipped_content_and_says_why()
    {
        using var content = ContentPaths.CopyAll();
        content.Replace("en/topics/what-is-csec.md", "topic: who-is-vulnerable", "topic: nowhere");
        content.Write("en/dialogs/deep.yaml", "id: deep\nsteps: " + new string('[', 100_000));
        using var bot = await BotProcess.StartAsync(_ => new Dictionary<string, string> { ["Content__Path"] = content.Folder });
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };

        var health = JObject.Parse(await client.GetStringAsync("/healthz"));
        Assert.NotNull(health["content"]!.Value<string>("fallback"));
        var errors = health["content"]!["lastReloadErrors"]!.Values<string>().ToList();
        Assert.Contains(errors, e => e!.Contains("en/topics/what-is-csec.md:", StringComparison.Ordinal) && e.Contains("'nowhere'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e!.Contains("en/dialogs/deep.yaml", StringComparison.Ordinal) && e.Contains("nested", StringComparison.Ordinal));

        // The bot answers, and the emergency response is there.
        var activity = new JObject
        {
            ["type"] = "message", ["id"] = "1", ["channelId"] = "test", ["serviceUrl"] = "http://127.0.0.1:9/", ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JObject { ["id"] = "c-broken" }, ["from"] = new JObject { ["id"] = "u-broken" }, ["recipient"] = new JObject { ["id"] = "bot" },
            ["text"] = "what is csec",
        };
        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        var route = JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.Single(a => a.Value<string>("type") == "trace")["value"]!;
        Assert.Equal("what-is-csec", route.Value<string>("topic"));
    }

    [Fact]
    public async Task With_no_content_anywhere_the_bot_starts_in_safe_mode_and_keeps_its_safety_promise()
    {
        // A copy of the built bot without its shipped content, a broken content folder and no last good copy.
        // Hard links (the host resolves symbolic ones back to the build folder), next to the test's own output
        // so they are on the same file system as the build.
        var app = new DirectoryInfo(Path.Combine(AppContext.BaseDirectory, "bot-without-content-" + Guid.NewGuid().ToString("N")));
        try
        {
            using (var copy = Process.Start("cp", ["-al", Path.GetDirectoryName(BotProcess.BotAssembly)!, app.FullName])) copy.WaitForExit();
            foreach (var folder in new[] { "toolkit", "data" }.Select(f => Path.Combine(app.FullName, f)).Where(Directory.Exists)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(Path.Combine(app.FullName, "broken"));
            using var bot = await BotProcess.StartAsync(_ => new Dictionary<string, string> { ["Content__Path"] = "broken", ["Data__Path"] = "data" }, Path.Combine(app.FullName, "AwarenessBot.dll"));
            using var client = new HttpClient { BaseAddress = bot.BaseAddress };

            var health = JObject.Parse(await client.GetStringAsync("/healthz"));
            Assert.Equal("safe-mode", health["content"]!.Value<string>("fallback"));
            Assert.Equal("degraded", health.Value<string>("status"));

            async Task<string> SayAsync(string text)
            {
                var activity = new JObject
                {
                    ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "test", ["serviceUrl"] = "http://127.0.0.1:9/", ["deliveryMode"] = "expectReplies",
                    ["conversation"] = new JObject { ["id"] = "c-safe" }, ["from"] = new JObject { ["id"] = "u-safe" }, ["recipient"] = new JObject { ["id"] = "bot" }, ["text"] = text,
                };
                using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return string.Join("\n", JObject.Parse(await response.Content.ReadAsStringAsync())["activities"]!.Where(a => a.Value<string>("type") == "message").Select(a => a.Value<string>("text")));
            }
            Assert.StartsWith(AwarenessBot.Safety.EmergencyResponse.English, await SayAsync("i want to kill myself"));
            Assert.Contains(AwarenessBot.Safety.Hotline.Marker, await SayAsync("what is csec"));
            Assert.Contains(AwarenessBot.Safety.Hotline.Marker, await SayAsync("menu"));
        }
        finally
        {
            app.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Every_response_has_the_security_headers_and_the_page_template_is_never_served_raw()
    {
        using var bot = await BotProcess.StartAsync();
        using var client = new HttpClient { BaseAddress = bot.BaseAddress };
        foreach (var path in new[] { "/", "/privacy", "/terms", "/healthz", "/webchat/app.js" })
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.False(response.Headers.Contains("Server"));
        }
        using var template = await client.GetAsync("/webchat/index.html");
        Assert.Equal(HttpStatusCode.NotFound, template.StatusCode);

        // The Web Chat bundle goes out as the build compressed it, to browsers that take it; the same script either way.
        var plain = await client.GetByteArrayAsync("/webchat/lib/webchat.js");
        foreach (var (accept, encoding) in new[] { ("br", "br"), ("gzip, deflate", "gzip"), ("gzip;q=0, br", "br"), ("identity", null) })
        {
            using var bundle = new HttpRequestMessage(HttpMethod.Get, "/webchat/lib/webchat.js");
            bundle.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
            using var response = await client.SendAsync(bundle);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(encoding, response.Content.Headers.ContentEncoding.SingleOrDefault());
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            var body = await response.Content.ReadAsStreamAsync();
            using Stream decoded = encoding switch
            {
                "br" => new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress),
                "gzip" => new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress),
                _ => body,
            };
            using var copy = new MemoryStream();
            await decoded.CopyToAsync(copy);
            Assert.True(plain.AsSpan().SequenceEqual(copy.ToArray()), $"the {accept} bundle differs");
            if (encoding is not null) Assert.True(response.Content.Headers.ContentLength < plain.Length / 4);
        }
        using var raw = await client.GetAsync("/webchat/lib/webchat.js.br");
        Assert.Equal(HttpStatusCode.NotFound, raw.StatusCode);
    }
}
