using System.Diagnostics;
using AwarenessBot.Cli;
using AwarenessBot.Hosting;
using AwarenessBot.Storage;
using AwarenessBot.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Benchmarks;

/// <summary>
/// Turns per second and turn latency (p50, p99) of the whole bot with each state store: Memory
/// (the baseline, same run), SQLite, and Blob storage on a local Azurite. Each simulated user has
/// a conversation of its own and takes the "how to report" dialog from start to end, with
/// several conversations running at once, as on a busy school day.
/// </summary>
internal static class StorageBenchmark
{
    private const int Conversations = 40;
    private const int Parallel = 8;
    private static readonly string[] Script = ["how do I report?", "no", "School staff", "Red signs", "menu", "what does CSEC stand for"];

    public static async Task RunAsync()
    {
        Console.WriteLine($"storage: {Conversations} conversations of {Script.Length} turns, {Parallel} at a time, the full bot in-process\n");
        var results = new List<(string Name, Result Result)>();
        results.Add(("Memory", await MeasureAsync(new() { ["Storage:Kind"] = "Memory" })));

        var database = Path.Combine(Path.GetTempPath(), $"bench-{Guid.NewGuid():N}.db");
        results.Add(("SQLite", await MeasureAsync(new() { ["Storage:Kind"] = "Sqlite", ["Storage:Sqlite:Path"] = database })));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { database, database + "-wal", database + "-shm" }) File.Delete(file);

        using (var azurite = await AzuriteServer.StartAsync())
        {
            if (azurite is null) Console.WriteLine("Blob: skipped (install Azurite: npm install --prefix .tools azurite@3.37.0)");
            else results.Add(("Blob (Azurite)", await MeasureAsync(new() { ["Storage:Kind"] = "Blob", ["Storage:Blob:ConnectionString"] = azurite.ConnectionString, ["Storage:Blob:Container"] = "bench" })));
        }

        var baseline = results[0].Result;
        Console.WriteLine($"{"store",-16} {"turns/s",9} {"p50",10} {"p99",10} {"throughput vs Memory",22} {"p99 vs Memory",14}");
        foreach (var (name, r) in results)
            Console.WriteLine($"{name,-16} {r.TurnsPerSecond,9:0.0} {ContentBenchmark.Format(r.P50),10} {ContentBenchmark.Format(r.P99),10} {r.TurnsPerSecond / baseline.TurnsPerSecond,21:0.00}x {r.P99 / baseline.P99,13:0.0}x");
    }

    private sealed record Result(double TurnsPerSecond, double P50, double P99);

    private static async Task<Result> MeasureAsync(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Error)).AddSingleton<IConfiguration>(configuration);
        services.AddAwarenessBotCore(configuration);
        await using var provider = services.BuildServiceProvider();
        var (healthy, problem) = await StateStorage.CheckAsync(provider.GetRequiredService<IStorage>(), CancellationToken.None);
        if (!healthy) throw new InvalidOperationException(problem);
        var bot = provider.GetRequiredService<IBot>();
        ConsoleAdapter NewUser() => new(provider.GetRequiredService<BotPipeline>(), provider.GetRequiredService<TurnErrorHandler>());

        await RunConversationAsync(NewUser(), bot, []); // warm up
        var latencies = new List<double>();
        var watch = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(Parallel);
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                await RunConversationAsync(NewUser(), bot, latencies);
            }
            finally
            {
                gate.Release();
            }
        }));
        var seconds = watch.Elapsed.TotalSeconds;
        return new(latencies.Count / seconds, ContentBenchmark.Percentile(latencies, 0.50), ContentBenchmark.Percentile(latencies, 0.99));
    }

    private static async Task RunConversationAsync(ConsoleAdapter user, IBot bot, List<double> latencies)
    {
        foreach (var text in Script)
        {
            var turn = Stopwatch.StartNew();
            var replies = await user.SayAsync(bot, text);
            var elapsed = turn.Elapsed.TotalSeconds;
            if (replies.Count == 0) throw new InvalidOperationException("a turn got no reply");
            lock (latencies) latencies.Add(elapsed);
        }
    }
}
