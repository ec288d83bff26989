using AwarenessBot.ContentHosting;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using AwarenessBot.Content.Evaluation;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;
using AwarenessBot.Storage;
using AwarenessBot.Telemetry;
using AwarenessBot.Text;
using AwarenessBot.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Benchmarks;

/// <summary>
/// Content benchmarks (docs/performance.md). Every figure is printed next to a baseline measured
/// in the same run, because absolute times on a shared 2-core machine vary from run to run.
/// </summary>
internal static class ContentBenchmark
{
    public static async Task RunAsync()
    {
        var folder = new ContentOptions().ResolvedPath;
        var shipped = ContentLoader.LoadOrThrow(folder);
        var questions = EvaluationSet.Read(Path.Combine(AppContext.BaseDirectory, "eval", "questions.tsv")).Select(c => c.Question).ToArray();
        Console.WriteLine($"content: {folder} ({shipped.Topics.Count} topics, {shipped.Topics.Values.Sum(t => t.Questions.Count)} example questions)");
        Console.WriteLine($"questions: {questions.Length} from the batch set, each matched repeatedly\n");

        // Baseline: splitting the question into words, the cheapest thing every match must do.
        var baseline = PerCall(() => { foreach (var q in questions) TextNormalizer.Words(q); }, questions.Length);
        var match = PerCall(() => { foreach (var q in questions) shipped.Matcher.Match(q); }, questions.Length);
        var tenfold = TenTimes(shipped);
        var matchTenfold = PerCall(() => { foreach (var q in questions) tenfold.Matcher.Match(q); }, questions.Length);

        Console.WriteLine($"{"operation",-44} {"per call",12} {"vs baseline",12}");
        Row("baseline: split a question into words", baseline, baseline);
        Row($"match, shipped content ({shipped.Topics.Count} topics)", match, baseline);
        Row($"match, 10x content ({tenfold.Topics.Count} topics)", matchTenfold, baseline);
        Console.WriteLine($"{"  10x content / shipped content",-44} {"",12} {matchTenfold / match,11:0.0}x");

        var reload = PerCall(() => ContentLoader.Load(folder), 1, minimumSeconds: 2);
        Row("full reload (read, parse, validate, index)", reload, baseline);

        // A reload must not block turns: match latency while another thread reloads in a loop.
        var quiet = Percentile(LatenciesWhile(shipped, questions, reloading: false), 0.99);
        var busy = Percentile(LatenciesWhile(shipped, questions, reloading: true), 0.99);
        Console.WriteLine();
        Console.WriteLine($"match p99 without reloads: {quiet * 1000:0.000} ms; during back-to-back reloads: {busy * 1000:0.000} ms ({busy / quiet:0.0}x)");

        // Edit-to-publish latency with the real watcher (poll every 0.5 s, as configured by default).
        Console.WriteLine($"edit published after: {await PublishLatencyAsync(folder):0.00} s (promise: within 2 s)");

    }

    private static double PerCall(Action batch, int callsPerBatch, double minimumSeconds = 1)
    {
        for (var i = 0; i < 3; i++) batch(); // warm up
        var watch = Stopwatch.StartNew();
        var batches = 0;
        while (watch.Elapsed.TotalSeconds < minimumSeconds)
        {
            batch();
            batches++;
        }
        return watch.Elapsed.TotalSeconds / (batches * (double)callsPerBatch);
    }

    private static void Row(string name, double seconds, double baseline) =>
        Console.WriteLine($"{name,-44} {Format(seconds),12} {seconds / baseline,11:0.0}x");

    internal static string Format(double seconds) => seconds >= 1e-3 ? $"{seconds * 1e3:0.00} ms" : $"{seconds * 1e6:0.0} us";

    private static ContentSet TenTimes(ContentSet content)
    {
        // Ten copies of every topic, each copy with its own made-up words, as if admins had written ten times as much.
        var topics = Enumerable.Range(0, 10).SelectMany(copy => content.Topics.Values.Select(t => new Topic
        {
            Id = copy == 0 ? t.Id : $"{t.Id}-{copy}",
            Title = t.Title,
            Source = t.Source,
            Questions = t.Questions.Select(q => copy == 0 ? q : $"{q} variant{copy}x{q.Length}").ToList(),
            Keywords = t.Keywords,
            Body = t.Body,
            Location = t.Location,
        }));
        return new ContentSet(topics, content.Dialogs.Values, content.Text, Synonyms.None, "bench");
    }

    private static List<double> LatenciesWhile(ContentSet content, string[] questions, bool reloading)
    {
        var folder = new ContentOptions().ResolvedPath;
        using var stop = new CancellationTokenSource();
        var reloader = reloading ? Task.Run(() => { while (!stop.IsCancellationRequested) ContentLoader.Load(folder); }) : Task.CompletedTask;
        var latencies = new List<double>();
        var watch = new Stopwatch();
        for (var round = 0; round < 20; round++)
            foreach (var q in questions)
            {
                watch.Restart();
                content.Matcher.Match(q);
                latencies.Add(watch.Elapsed.TotalSeconds);
            }
        stop.Cancel();
        reloader.Wait();
        return latencies;
    }

    internal static double Percentile(List<double> values, double p)
    {
        values.Sort();
        return values[(int)Math.Min(values.Count - 1, Math.Ceiling(p * values.Count) - 1)];
    }

    private static async Task<double> PublishLatencyAsync(string source)
    {
        var copy = Path.Combine(Path.GetTempPath(), "awarenessbot-bench-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        try
        {
            var options = Options.Create(new ContentOptions { Path = copy });
            var understanding = new UnderstandingService(new MiniLmModelLoader(), Options.Create(new UnderstandingOptions()), NullLogger<UnderstandingService>.Instance);
            // The last-good copy goes to a temporary folder beside the copy (not inside: the watcher would see it), removed below.
            var data = Options.Create(new DataOptions { Path = copy + "-data" });
            var store = new ContentStore(options, data, understanding, NullLogger<ContentStore>.Instance);
            using var watcher = new ContentWatcher(store, options, new BotMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>()), NullLogger<ContentWatcher>.Instance);
            await watcher.StartAsync(CancellationToken.None);
            await Task.Delay(1000);
            var before = store.Library.Version;
            var file = Path.Combine(copy, "topics", "awareness-month.md");
            var watch = Stopwatch.StartNew();
            await File.AppendAllTextAsync(file, "\nEdited for the benchmark.\n");
            while (store.Library.Version == before && watch.Elapsed.TotalSeconds < 10) await Task.Delay(10);
            var seconds = watch.Elapsed.TotalSeconds;
            await watcher.StopAsync(CancellationToken.None);
            return seconds;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
            if (Directory.Exists(copy + "-data")) Directory.Delete(copy + "-data", recursive: true);
        }
    }
}
