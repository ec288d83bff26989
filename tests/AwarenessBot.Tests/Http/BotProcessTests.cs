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
    public async Task Invalid_content_stops_start_up_with_file_and_line_errors()
    {
        using var content = ContentPaths.Copy();
        content.Replace("topics/what-is-csec.md", "topic: who-is-vulnerable", "topic: nowhere");
        var info = BotProcess.StartInfo("--urls", "http://127.0.0.1:0");
        info.Environment["Content__Path"] = content.Folder;
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var exited = process.WaitForExit(60_000);
        if (!exited) process.Kill(entireProcessTree: true);
        Assert.True(exited, "the bot kept running with invalid content");
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("topics/what-is-csec.md:", await stderr);
        Assert.Contains("error: choice 'Who is vulnerable?' leads to topic 'nowhere'", await stderr);
    }
}
