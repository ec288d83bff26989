using AwarenessBot.Analytics;
using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Validation;
using AwarenessBot.ContentHosting;
using AwarenessBot.Hosting;
using AwarenessBot.Routing;
using AwarenessBot.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Cli;

/// <summary>
/// The command-line side of the executable: <c>chat</c> (talk to the bot in the terminal),
/// <c>ask "question" [--json]</c> (one question, its replies and route), <c>content ...</c> (the
/// admins' tools) and <c>teams-package ...</c> (the Teams app package).
/// </summary>
public static class CliCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "chat" or "ask" or "content" or "safety" or "insights" or "teams-package";

    public static async Task<int> RunAsync(string[] args, TextReader? input = null, TextWriter? output = null, TextWriter? error = null)
    {
        input ??= Console.In;
        output ??= Console.Out;
        error ??= Console.Error;
        if (args[0] == "teams-package")
        {
            using var tools = BuildHost(args);
            return TeamsPackageCommand.Run(args[1..], tools.Services.GetRequiredService<IConfiguration>(), output, error);
        }
        if (args[0] == "safety")
        {
            using var tools = BuildHost(args);
            return SafetyCommands.Run(args[1..], tools.Services.GetRequiredService<UnderstandingService>(), output, error);
        }
        if (args[0] == "insights" || (args[0] == "content" && args.ElementAtOrDefault(1) == "unanswered"))
        {
            // The counts are in the bot's own state store, not the terminal's.
            using var tools = BuildHost(args, configuredStorage: true);
            var insights = tools.Services.GetRequiredService<InsightsRecorder>();
            return args[0] == "insights"
                ? await InsightsCommands.RunAsync(args[1..], insights, output, error)
                : await InsightsCommands.UnansweredAsync(args[2..], insights, output, error);
        }
        if (args[0] == "content")
        {
            // The admin tools report content errors themselves; they never ask the host for the (validated) content.
            using var tools = BuildHost(args);
            var services = tools.Services;
            return ContentCommands.Run(args[1..], services.GetRequiredService<IOptions<ContentOptions>>().Value,
                services.GetRequiredService<IOptions<MatchingOptions>>().Value,
                services.GetRequiredService<UnderstandingService>().Model, output, error);
        }
        IHost host;
        try
        {
            host = BuildHost(args);
            _ = host.Services.GetRequiredService<Content.Loading.IContentProvider>();
        }
        catch (ContentValidationException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
        using (host)
        {
            var adapter = host.Services.GetRequiredService<ConsoleAdapter>();
            var bot = host.Services.GetRequiredService<IBot>();
            return args[0] == "chat"
                ? await ChatAsync(adapter, bot, input, output)
                : await AskAsync(adapter, bot, args[1..], output, error);
        }
    }

    private static IHost BuildHost(string[] args, bool configuredStorage = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray(),
            ContentRootPath = AppContext.BaseDirectory,
        });
        // A terminal conversation is kept in memory, unless the command line says otherwise (--Storage:Kind=Sqlite).
        if (!configuredStorage && !args.Any(a => a.StartsWith("--Storage:Kind=", StringComparison.OrdinalIgnoreCase)))
            builder.Configuration["Storage:Kind"] = "Memory";
        // The tools say what is wrong with the content rather than quietly using another copy of it.
        builder.Configuration["Content:FallBackOnErrors"] = "false";
        // The terminal is for the conversation; only problems are logged, to stderr.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        builder.Services.AddAwarenessBotCore(builder.Configuration);
        builder.Services.AddSingleton<ConsoleAdapter>();
        return builder.Build();
    }

    private static async Task<int> ChatAsync(ConsoleAdapter adapter, IBot bot, TextReader input, TextWriter output)
    {
        output.WriteLine("AwarenessBot (console). Type a message, a button's number, or /quit to leave.\n");
        ConsoleRenderer.Print(await adapter.JoinAsync(bot), output);
        while (true)
        {
            output.Write("you> ");
            var line = await input.ReadLineAsync();
            if (line is null || line.Trim() == "/quit") return 0;
            ConsoleRenderer.Print(await adapter.SayAsync(bot, line), output);
        }
    }

    private static async Task<int> AskAsync(ConsoleAdapter adapter, IBot bot, string[] args, TextWriter output, TextWriter error)
    {
        var json = args.Contains("--json");
        // Options (--json, --Content:Path=...) are not part of the question.
        var question = string.Join(' ', args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)));
        if (string.IsNullOrWhiteSpace(question))
        {
            await error.WriteLineAsync("usage: ask \"your question\" [--json]");
            return 2;
        }
        var replies = await adapter.SayAsync(bot, question);
        var route = replies.LastOrDefault(a => a.Type == ActivityTypes.Trace && a.Name == TurnRoute.TraceName)?.Value as JObject ?? [];
        if (json)
        {
            // The Route trace's value, plus the text of each reply.
            var result = (JObject)route.DeepClone();
            result["replies"] = new JArray(replies.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
            output.WriteLine(result.ToString(Formatting.Indented));
        }
        else
        {
            ConsoleRenderer.Print(replies, output);
            output.WriteLine("route: " + route.ToString(Formatting.None));
        }
        return 0;
    }
}
