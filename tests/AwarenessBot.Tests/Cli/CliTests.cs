using AwarenessBot.Cli;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Cli;

public class CliTests
{
    [Fact]
    public async Task Ask_with_json_prints_the_route_and_the_replies()
    {
        var output = new StringWriter();
        var exit = await CliCommands.RunAsync(["ask", "how do I report?", "--json"], output: output);
        Assert.Equal(0, exit);
        var result = JObject.Parse(output.ToString());
        Assert.Equal("how-to-report", result.Value<string>("topic"));
        Assert.Equal("how-to-report", result.Value<string>("dialog"));
        Assert.False(result.Value<bool>("crisis"));
        Assert.Contains(result["replies"]!.Values<string>(), r => r!.Contains("immediate danger"));
    }

    [Fact]
    public async Task Ask_with_json_shows_the_safety_tier_and_signals()
    {
        var output = new StringWriter();
        Assert.Equal(0, await CliCommands.RunAsync(["ask", "I am being labor trafficked", "--json"], output: output));
        var result = JObject.Parse(output.ToString());
        Assert.Equal("crisis", result.Value<string>("safety"));
        Assert.True(result.Value<bool>("crisis"));
        Assert.NotEmpty(result["signals"]!["rules"]!);
    }

    [Fact]
    public async Task Safety_test_prints_recall_false_alarms_and_check_ins_per_set()
    {
        var output = new StringWriter();
        var set = Path.Combine(Path.GetTempPath(), $"safety-{Guid.NewGuid():N}.tsv");
        await File.WriteAllTextAsync(set, "label\tmessage\ncrisis\ti want to k i l l myself\nconcern\tmy friend is scared of her boyfriend\ninfo\thow do I report trafficking\n");
        try
        {
            Assert.Equal(0, await CliCommands.RunAsync(["safety", "test", set], output: output));
        }
        finally
        {
            File.Delete(set);
        }
        var text = output.ToString();
        Assert.Contains("3 messages (1 crisis, 1 concern, 1 info)", text);
        Assert.Contains("recall, crisis + concern -> emergency or check-in  100.0 %", text);
        Assert.Contains("false alarms, info -> emergency response            0.0 %", text);
    }

    [Fact]
    public async Task Ask_prints_replies_buttons_and_route()
    {
        var output = new StringWriter();
        Assert.Equal(0, await CliCommands.RunAsync(["ask", "what", "does", "CSEC", "stand", "for"], output: output));
        var text = output.ToString();
        Assert.Contains("bot> CSEC stands for the Commercial Sexual Exploitation of Children", text);
        Assert.Contains("[1] Who is vulnerable?", text);
        Assert.Contains("route: {\"topic\":\"what-is-csec\"", text);
    }

    [Fact]
    public async Task Chat_is_a_conversation_answered_by_number()
    {
        var input = new StringReader("3\nno\n2\n/quit\n");
        var output = new StringWriter();
        Assert.Equal(0, await CliCommands.RunAsync(["chat"], input, output));
        var text = output.ToString();
        Assert.Contains("No person is watching this chat", text);
        Assert.Contains("immediate danger", text);
        Assert.Contains("tell a trusted adult", text);
    }

    [Fact]
    public async Task Invalid_content_stops_the_command_with_file_and_line_errors()
    {
        using var content = ContentPaths.Copy();
        content.Replace("dialogs/red-signs.yaml", "dialog: how-to-report", "dialog: nowhere");
        var (exit, _, error) = await Cli.RunAsync("ask", "hi", $"--Content:Path={content.Folder}");
        Assert.Equal(1, exit);
        Assert.Matches(@"dialogs/red-signs\.yaml:\d+: error:", error);
    }
}
