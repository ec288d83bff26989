using System.Diagnostics;
using System.Net.Sockets;
using AwarenessBot.Content.Evaluation;
using AwarenessBot.Content.Loading;
using AwarenessBot.ContentHosting;
using AwarenessBot.Safety;
using AwarenessBot.Safety.Semantic;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Understanding;

namespace AwarenessBot.Benchmarks;

/// <summary>
/// What understanding costs (docs/performance.md): loading the model, embedding the exemplars and the
/// content, one understanding step per message with and without the embedding, and the bot's
/// start-up time and memory with the model and without it (the baseline, in the same run).
/// </summary>
internal static class UnderstandingBenchmark
{
    public static async Task RunAsync(bool startUpOnly = false)
    {
        if (startUpOnly)
        {
            await StartUpAsync();
            return;
        }
        var folder = new ContentOptions().ResolvedPath;
        var questions = EvaluationSet.Read(Path.Combine(AppContext.BaseDirectory, "eval", "questions.tsv")).Select(c => c.Question).ToArray();

        var watch = Stopwatch.StartNew();
        var model = new MiniLmModelLoader().Load();
        var load = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var exemplars = new ExemplarIndex(model);
        var exemplarSeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        var content = ContentLoader.LoadOrThrow(folder, model);
        var coldReload = watch.Elapsed.TotalSeconds;
        var warmReload = Fastest(() => ContentLoader.LoadOrThrow(folder, model));
        var lexicalContent = ContentLoader.LoadOrThrow(folder);
        var lexicalReload = Fastest(() => ContentLoader.LoadOrThrow(folder));

        Console.WriteLine($"understanding: all-MiniLM-L6-v2, {exemplars.Count} safety exemplars, {content.Topics.Values.Sum(t => t.Questions.Count)} example questions");
        Console.WriteLine($"model load (once per process)                 {ContentBenchmark.Format(load),10}");
        Console.WriteLine($"embed the safety exemplars (once, cold)       {ContentBenchmark.Format(exemplarSeconds),10}");
        Console.WriteLine($"content reload: words only                    {ContentBenchmark.Format(lexicalReload),10}   (baseline)");
        Console.WriteLine($"content reload, embedding every question      {ContentBenchmark.Format(coldReload),10}   {coldReload / lexicalReload,6:0.0}x  (first load)");
        Console.WriteLine($"content reload, unchanged questions cached    {ContentBenchmark.Format(warmReload),10}   {warmReload / lexicalReload,6:0.0}x  (a typical edit)");

        // One understanding step per message, as a free-text turn does it: clean, assess, match.
        var rulesOnly = new MessageUnderstander(null);
        var full = new MessageUnderstander(model);
        var semanticSafety = new SafetyClassifier(exemplars);
        var lexical = Latencies(questions, q => lexicalContent.Matcher.Match(rulesOnly.Understand(q) is var u && SafetyClassifier.RulesOnly.Assess(u) is not null ? u : u));
        var hybrid = Latencies(questions, q => content.Matcher.Match(full.Understand(q) is var u && semanticSafety.Assess(u) is not null ? u : u));
        Console.WriteLine();
        Console.WriteLine($"{"understanding step per message",-44} {"p50",10} {"p99",10}");
        Console.WriteLine($"{"words and rules only (baseline)",-44} {ContentBenchmark.Format(Percentile(lexical, 0.5)),10} {ContentBenchmark.Format(Percentile(lexical, 0.99)),10}");
        Console.WriteLine($"{"with the embedding",-44} {ContentBenchmark.Format(Percentile(hybrid, 0.5)),10} {ContentBenchmark.Format(Percentile(hybrid, 0.99)),10}");
        Console.WriteLine($"{"  the embedding adds",-44} {ContentBenchmark.Format(Percentile(hybrid, 0.5) - Percentile(lexical, 0.5)),10}   (target: at most 6 ms at p50)");

        Console.WriteLine();
        await StartUpAsync();
    }

    private static async Task StartUpAsync()
    {
        Console.WriteLine($"{"bot process",-30} {"start-up to healthy",20} {"resident memory",16}");
        var (offSeconds, offMemory) = await StartBotAsync(enabled: false);
        var (onSeconds, onMemory) = await StartBotAsync(enabled: true);
        Console.WriteLine($"{"without the model (baseline)",-30} {offSeconds,18:0.00} s {offMemory,13:0} MB");
        Console.WriteLine($"{"with the model",-30} {onSeconds,18:0.00} s {onMemory,13:0} MB   (targets: under 5 s, under 400 MB)");
    }

    /// <summary>The fastest of five runs: one run on a shared machine is mostly noise.</summary>
    private static double Fastest(Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }

    private static List<double> Latencies(string[] questions, Action<string> step)
    {
        foreach (var q in questions.Take(20)) step(q); // warm up
        var latencies = new List<double>();
        var watch = new Stopwatch();
        for (var round = 0; round < 3; round++)
            foreach (var q in questions)
            {
                watch.Restart();
                step(q);
                latencies.Add(watch.Elapsed.TotalSeconds);
            }
        return latencies;
    }

    private static double Percentile(List<double> values, double p) => ContentBenchmark.Percentile(values, p);

    /// <summary>Starts the real bot (Memory store) and times it until /healthz answers; then reads its resident memory.</summary>
    private static async Task<(double Seconds, double Megabytes)> StartBotAsync(bool enabled)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "AwarenessBot.dll"), "--urls", $"http://127.0.0.1:{port}", "--Storage:Kind=Memory", $"--Understanding:Enabled={enabled}" })
            info.ArgumentList.Add(arg);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            while (watch.Elapsed.TotalSeconds < 60)
            {
                try
                {
                    using var response = await client.GetAsync($"http://127.0.0.1:{port}/healthz");
                    if (response.IsSuccessStatusCode) break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                await Task.Delay(20);
            }
            var seconds = watch.Elapsed.TotalSeconds;
            await Task.Delay(500);
            process.Refresh();
            return (seconds, process.WorkingSet64 / 1e6);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
