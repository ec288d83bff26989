using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using AwarenessBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Benchmarks;

/// <summary>
/// The bot over HTTP, as a channel sees it: a separate bot process on a loopback port, Bot Framework
/// activities POSTed to /api/messages by closed-loop clients, replies received by a sink in this
/// process (the bot POSTs them to the activity's serviceUrl). The turn latency is the POST's: the
/// SDK answers it only after the turn, replies included. A bare SDK echo bot (bench/EchoBot),
/// measured in the same run, is the floor every figure is compared with.
/// </summary>
internal static class HttpLoadBenchmark
{
    private const string Usage =
        "http [--seconds 3] [--warmup 1] [--store memory,sqlite,blob|none] [--kind menu,question,crisis] [--conversation new,busy] [--clients 1,16,64]\n" +
        "http-soak [--minutes 10] [--clients 16] [--store sqlite]";

    public static async Task<int> RunAsync(string[] args) => await StoppableAsync(() => RunCellsAsync(args));

    public static async Task<int> SoakAsync(string[] args) => await StoppableAsync(() => SoakRunAsync(args));

    /// <summary>Ctrl+C ends a run early: the bots and temporary files are cleaned up on the way out, and nothing half-measured is printed.</summary>
    private static async Task<int> StoppableAsync(Func<Task<int>> run)
    {
        try
        {
            return await run();
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("stopped");
            return 130;
        }
    }

    private static async Task<int> RunCellsAsync(string[] args)
    {
        var options = new Options(args);
        var seconds = options.Number("--seconds", 3);
        var warmup = options.Number("--warmup", 1);
        // "--store none": only the echo floor, to check the client and the machine.
        var stores = options.Value("--store") == "none" ? [] : options.Choices("--store", ["memory", "sqlite", "blob"]);
        var kinds = options.Choices("--kind", [.. TurnKinds.Keys]);
        var conversations = options.Choices("--conversation", ["new", "busy"]);
        var clientCounts = options.Counts("--clients", [1, 16, 64]);
        if (options.Problem is { } problem) return Fail(problem);

        using var run = new RunScope();
        await using var sink = await ReplySink.StartAsync();
        using var http = LoadClient.Create();
        Console.WriteLine($"http: closed loop, {warmup:0.#} s warm-up then {seconds:0.#} s per cell; each bot a separate process on 127.0.0.1; replies to a sink in this process");
        Console.WriteLine("latency = POST /api/messages until its response (the turn, replies sent); errors = non-2xx, exceptions, wrong or missing replies");
        Console.WriteLine("cpu/req = CPU time per request of the bot process, and of this process (load: clients and reply sink)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Machine()}\n");
        var total = Stopwatch.StartNew();

        var echo = new Dictionary<int, Result>();
        var table = new Table();
        await using (var bot = await BotProcess.StartEchoAsync(run.Token))
        {
            foreach (var clients in clientCounts)
            {
                var cell = new Cell("echo", "-", "echo", "new", clients);
                var result = await MeasureAsync(http, bot, sink, cell, warmup, seconds, run.Token);
                echo[clients] = result;
                table.Row(cell, result, result);
            }
        }

        foreach (var store in stores)
        {
            await using var storage = await StoreSettings.CreateAsync(store);
            if (storage is null)
            {
                Console.WriteLine($"{store}: skipped (install Azurite: npm install --prefix .tools azurite@3.37.0)");
                continue;
            }
            await using var bot = await BotProcess.StartAwarenessAsync(storage.Environment, run.Token);
            table.Note($"AwarenessBot ({store}) ready in {bot.StartSeconds:0.0} s, RSS {bot.RssMegabytes():0} MB");
            // A first pass over every kind of turn, so the cells below do not pay for JIT and first loads.
            await MeasureAsync(http, bot, sink, new Cell("awareness", store, "mixed", "new", 16), 0, 2, run.Token);
            foreach (var conversation in conversations)
            foreach (var kind in kinds)
            foreach (var clients in clientCounts)
            {
                var cell = new Cell("awareness", store, kind, conversation, clients);
                table.Row(cell, await MeasureAsync(http, bot, sink, cell, warmup, seconds, run.Token), echo[clients]);
            }
            table.Note(bot.LogSummary());
        }
        table.Errors();
        Console.WriteLine($"\nrun took {total.Elapsed.TotalMinutes:0.0} min; machine at the end: {Machine()}");
        return 0;
    }

    /// <summary>The load average: the machine is shared, so the figures are only as quiet as it was.</summary>
    private static string Machine()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ') : [];
        return load.Length >= 3 ? $"load average {load[0]} {load[1]} {load[2]}" : "load average unknown";
    }

    /// <summary>The real bot on SQLite under steady mixed load for minutes: is it stable, does memory stay flat?</summary>
    private static async Task<int> SoakRunAsync(string[] args)
    {
        var options = new Options(args);
        var minutes = options.Number("--minutes", 10);
        var clients = options.Counts("--clients", [16]).First();
        var store = options.Choices("--store", ["memory", "sqlite", "blob"], ["sqlite"]).FirstOrDefault() ?? "sqlite";
        if (options.Problem is { } problem) return Fail(problem);

        using var run = new RunScope();
        await using var sink = await ReplySink.StartAsync();
        using var http = LoadClient.Create();
        await using var storage = await StoreSettings.CreateAsync(store);
        if (storage is null) return Fail("Azurite is not installed (npm install --prefix .tools azurite@3.37.0)");
        await using var bot = await BotProcess.StartAwarenessAsync(storage.Environment, run.Token);
        Console.WriteLine($"http-soak: AwarenessBot ({store}), {clients} clients, mixed turns, a new conversation per request, {minutes:0.#} min");
        Console.WriteLine($"ready in {bot.StartSeconds:0.0} s, RSS {bot.RssMegabytes():0} MB; machine: {Environment.ProcessorCount} cores, {Machine()}\n");
        Console.WriteLine($"{"minute",6} {"req/s",8} {"p50",10} {"p99",10} {"max",10} {"errors",7} {"RSS",8} {"state file",11}");

        var cell = new Cell("awareness", store, "mixed", "new", clients);
        var window = new Recorder();
        var rss = new List<double>();
        var watch = Stopwatch.StartNew();
        var load = LoadAsync(http, bot, sink, cell, () => window, TimeSpan.FromMinutes(minutes), run.Token);
        var errors = new Recorder();
        for (var minute = 1; minute <= Math.Ceiling(minutes) && !run.Token.IsCancellationRequested; minute++)
        {
            var end = TimeSpan.FromMinutes(Math.Min(minute, minutes));
            await Task.WhenAny(load, Task.Delay(end - watch.Elapsed > TimeSpan.Zero ? end - watch.Elapsed : TimeSpan.Zero, run.Token));
            var done = Interlocked.Exchange(ref window, new Recorder());
            var seconds = (end - TimeSpan.FromMinutes(minute - 1)).TotalSeconds;
            var megabytes = bot.RssMegabytes();
            rss.Add(megabytes);
            errors.Absorb(done);
            var file = storage.StateFileMegabytes() is { } size ? $"{size:0.0} MB" : "-";
            Console.WriteLine($"{minute,6} {done.Count / seconds,8:0.0} {Format(done.Percentile(0.50)),10} {Format(done.Percentile(0.99)),10} {Format(done.Max),10} {done.ErrorCount,7} {megabytes,5:0} MB {file,11}");
        }
        await load;
        run.Token.ThrowIfCancellationRequested();
        Console.WriteLine();
        // Minute 1 includes start-up and the first state written; from minute 2 the process is warm.
        var baseline = rss.Count >= 2 ? rss[1] : rss[0];
        var growth = rss[^1] / baseline - 1;
        Console.WriteLine($"memory: {baseline:0} MB in minute {(rss.Count >= 2 ? 2 : 1)}, {rss[^1]:0} MB in the last minute ({growth:+0.0%;-0.0%}): {(growth < 0.10 ? "flat" : "GROWING")}");
        // The slope over the second half tells a cache filling up to its bound (slowing) from a leak (steady).
        var half = rss.Count / 2;
        if (rss.Count >= 4) Console.WriteLine($"memory slope: {(rss[half - 1] - rss[0]) / (half - 1):+0.0;-0.0} MB/min in the first half, {(rss[^1] - rss[half - 1]) / (rss.Count - half):+0.0;-0.0} MB/min in the second");
        Console.WriteLine($"errors: {errors.ErrorCount} of {errors.Count + errors.ErrorCount} requests; machine at the end: {Machine()}");
        errors.PrintErrors("  ");
        Console.WriteLine(bot.LogSummary());
        return 0;
    }

    private static int Fail(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("usage: " + Usage);
        return 2;
    }

    private static string Format(double seconds) => double.IsNaN(seconds) ? "-" : ContentBenchmark.Format(seconds);

    /// <summary>CPU seconds this process (the clients and the reply sink) has used.</summary>
    private static double OwnCpuSeconds() => Environment.CpuUsage.TotalTime.TotalSeconds;

    // ---- the turns -------------------------------------------------------------------------------------------------

    /// <summary>What one request says, and what its replies must contain to count as right.</summary>
    private sealed record Turn(string Text, string Expected);

    /// <summary>
    /// Menu buttons are the bot.yaml menu titles (src/Content/toolkit/en/bot.yaml): typed exactly, they count as clicks.
    /// The expected words come from the shipped content, checked with `AwarenessBot ask`.
    /// </summary>
    private static readonly Dictionary<string, Turn[]> TurnKinds = new()
    {
        ["menu"] =
        [
            new("What is trafficking?", "force, fraud or coercion"),
            new("Red signs", "are you school staff, or a student"),
            new("How to report", "is someone in immediate danger"),
            new("More topics", "everything else I can tell you about"),
        ],
        ["question"] =
        [
            new("what is human trafficking", "force, fraud or coercion"),
            new("how do I report a concern", "is someone in immediate danger"),
            new("what are the red flags", "are you school staff, or a student"),
            new("who is at risk", "vulnerable"),
        ],
        // The fixed emergency response (src/Safety): 911 always, 988 for self-harm.
        ["crisis"] =
        [
            new("I want to kill myself", "988"),
            new("my pimp is outside and I need help", "call 911"),
        ],
    };

    private static Turn[] TurnsOf(string kind) => kind switch
    {
        "echo" => [new("hello there", "Echo: hello there"), new("what is human trafficking", "Echo: what is human trafficking")],
        "mixed" => [.. TurnKinds.Values.SelectMany(t => t)],
        _ => TurnKinds[kind],
    };

    /// <summary>Null when the replies are right for the turn, else what is wrong with them.</summary>
    private static string? Check(Cell cell, Turn turn, IReadOnlyList<string> replies)
    {
        if (replies.Count == 0) return "no reply";
        var all = string.Join("\n", replies);
        if (cell.Bot == "echo") return replies.Count == 1 && all == turn.Expected ? null : "wrong echo";
        if (all.Contains("something went wrong", StringComparison.Ordinal)) return "apology (the turn failed)";
        if (all.Contains("messages crossed", StringComparison.Ordinal)) return "'messages crossed' (state conflict)";
        if (all.Contains("trouble remembering", StringComparison.Ordinal)) return "'trouble remembering' (store unavailable)";
        if (!all.Contains(turn.Expected, StringComparison.OrdinalIgnoreCase)) return $"wrong reply to \"{turn.Text}\" (no \"{turn.Expected}\")";
        // The bot promises the hotline on every turn (HotlineFooterMiddleware); the emergency response has it in its text.
        if (!all.Contains("1-888-373-7888", StringComparison.Ordinal)) return "no hotline";
        return null;
    }

    // ---- measuring -------------------------------------------------------------------------------------------------

    private sealed record Cell(string Bot, string Store, string Kind, string Conversation, int Clients);

    /// <summary>CPU seconds of the bot and of this process (clients and sink) while the cell ran, to see who the work falls on.</summary>
    private sealed record Result(Recorder Recorder, double Seconds, double RssBefore, double RssAfter, double BotCpu, double LoadCpu)
    {
        public double RequestsPerSecond => Recorder.Count / Seconds;
        public double BotCpuPerRequest => BotCpu / Math.Max(1, Recorder.Count + Recorder.ErrorCount);
        public double LoadCpuPerRequest => LoadCpu / Math.Max(1, Recorder.Count + Recorder.ErrorCount);
    }

    private static async Task<Result> MeasureAsync(HttpClient http, BotProcess bot, ReplySink sink, Cell cell, double warmup, double seconds, CancellationToken cancellationToken)
    {
        if (warmup > 0)
        {
            var discard = new Recorder();
            await LoadAsync(http, bot, sink, cell, () => discard, TimeSpan.FromSeconds(warmup), cancellationToken);
        }
        var rssBefore = bot.RssMegabytes();
        var (botCpu, loadCpu) = (bot.CpuSeconds(), OwnCpuSeconds());
        var recorder = new Recorder();
        var watch = Stopwatch.StartNew();
        await LoadAsync(http, bot, sink, cell, () => recorder, TimeSpan.FromSeconds(seconds), cancellationToken);
        // Requests in flight at the deadline are waited for and counted, so the time runs until the last one returned.
        var elapsed = watch.Elapsed.TotalSeconds;
        cancellationToken.ThrowIfCancellationRequested();
        var result = new Result(recorder, elapsed, rssBefore, bot.RssMegabytes(), bot.CpuSeconds() - botCpu, OwnCpuSeconds() - loadCpu);
        sink.Forget();
        // A bot that died would turn every later cell into errors; stop with what it said instead.
        bot.ThrowIfExited();
        return result;
    }

    private static long _activityNumber;
    private static readonly string RunId = Guid.NewGuid().ToString("N")[..8];

    /// <summary>
    /// <paramref name="cell"/>.Clients closed-loop clients for <paramref name="duration"/>: each sends its next
    /// request when the previous one returned. <paramref name="recorder"/> is asked at each completion, so the
    /// soak can swap it every minute.
    /// </summary>
    private static Task LoadAsync(HttpClient http, BotProcess bot, ReplySink sink, Cell cell, Func<Recorder> recorder, TimeSpan duration, CancellationToken cancellationToken)
    {
        var turns = TurnsOf(cell.Kind);
        var url = new Uri(bot.BaseAddress, "api/messages");
        // A fresh busy conversation for each load run, so one cell's dialog state does not carry into the next.
        var busy = $"busy-{RunId}-{Interlocked.Increment(ref _activityNumber)}";
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return Task.WhenAll(Enumerable.Range(0, cell.Clients).Select(client => Task.Run(async () =>
        {
            for (var n = client; Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested; n++)
            {
                // Clients start at different turns, so at any moment different messages are in flight.
                var turn = turns[n % turns.Length];
                var id = $"{RunId}-{Interlocked.Increment(ref _activityNumber)}";
                // New conversation: a new visitor each time. Busy: everyone in one conversation, like a crowded group chat.
                var (conversation, user) = cell.Conversation == "busy" ? (busy, $"user-{client}") : ($"conv-{id}", $"user-{id}");
                using var content = new ByteArrayContent(Activity(id, conversation, user, sink.ServiceUrl, turn.Text));
                content.Headers.ContentType = JsonContentType;
                var start = Stopwatch.GetTimestamp();
                string? error = null;
                try
                {
                    using var response = await http.PostAsync(url, content, cancellationToken).ConfigureAwait(false);
                    await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
                    if (!response.IsSuccessStatusCode) error = $"HTTP {(int)response.StatusCode}";
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception e)
                {
                    error = e.GetType().Name;
                }
                var latency = Stopwatch.GetElapsedTime(start).TotalSeconds;
                var replies = sink.Take(id);
                error ??= Check(cell, turn, replies);
                recorder().Add(latency, error, replies);
            }
        }, CancellationToken.None)));
    }

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    private static byte[] Activity(string id, string conversation, string user, string serviceUrl, string text) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        type = "message",
        id,
        timestamp = DateTimeOffset.UtcNow,
        // "test", not "emulator": the SDK sends trace activities only to the Emulator, and real channels get none.
        channelId = "test",
        from = new { id = user, name = "Bench user" },
        recipient = new { id = "bot", name = "AwarenessBot" },
        conversation = new { id = conversation },
        serviceUrl,
        text,
        locale = "en-US",
    });

    /// <summary>Latencies and errors of one cell (or one soak minute). Thread-safe: clients add as they complete.</summary>
    private sealed class Recorder
    {
        private readonly List<double> _latencies = [];
        private readonly Dictionary<string, (int Count, string Sample)> _errors = [];

        /// <summary>Requests that went right.</summary>
        public int Count { get; private set; }
        public int ErrorCount { get; private set; }

        public void Add(double latency, string? error, IReadOnlyList<string> replies)
        {
            lock (_latencies)
            {
                // Every request counts in the latencies, right or not: a fast wrong answer must not look like speed.
                _latencies.Add(latency);
                if (error is null) Count++;
                else
                {
                    ErrorCount++;
                    _errors[error] = (_errors.GetValueOrDefault(error).Count + 1, _errors.GetValueOrDefault(error).Sample ?? Sample(replies));
                }
            }
        }

        public void Absorb(Recorder other)
        {
            lock (_latencies)
            {
                Count += other.Count;
                ErrorCount += other.ErrorCount;
                foreach (var (error, (count, sample)) in other._errors)
                    _errors[error] = (_errors.GetValueOrDefault(error).Count + count, _errors.GetValueOrDefault(error).Sample ?? sample);
            }
        }

        public double Percentile(double p)
        {
            lock (_latencies) return _latencies.Count == 0 ? double.NaN : ContentBenchmark.Percentile(_latencies, p);
        }

        public double Max
        {
            get
            {
                lock (_latencies) return _latencies.Count == 0 ? double.NaN : _latencies.Max();
            }
        }

        public void PrintErrors(string indent)
        {
            foreach (var (error, (count, sample)) in _errors.OrderByDescending(e => e.Value.Count))
                Console.WriteLine($"{indent}{count} x {error}{(sample.Length > 0 ? $": {sample}" : "")}");
        }

        private static string Sample(IReadOnlyList<string> replies)
        {
            var text = string.Join(" | ", replies).ReplaceLineEndings(" ");
            return text.Length > 160 ? text[..160] + "..." : text;
        }
    }

    /// <summary>The rows, as they are measured, then the errors of every cell that had any.</summary>
    private sealed class Table
    {
        private readonly List<(Cell Cell, Recorder Recorder)> _failed = [];
        private bool _header;

        public void Row(Cell cell, Result result, Result echo)
        {
            if (!_header)
            {
                Console.WriteLine($"{"bot",-9} {"store",-6} {"kind",-8} {"conv",-4} {"clients",7} {"req/s",8} {"p50",10} {"p99",10} {"max",10} {"errors",6} {"RSS before>after",17} {"req/s vs echo",13} {"p99 vs echo",11} {"cpu/req bot",11} {"load",9}");
                _header = true;
            }
            var r = result.Recorder;
            Console.WriteLine($"{cell.Bot,-9} {cell.Store,-6} {cell.Kind,-8} {cell.Conversation,-4} {cell.Clients,7} {result.RequestsPerSecond,8:0.0} {Format(r.Percentile(0.50)),10} {Format(r.Percentile(0.99)),10} {Format(r.Max),10} {r.ErrorCount,6} {$"{result.RssBefore:0}>{result.RssAfter:0} MB",17} {result.RequestsPerSecond / echo.RequestsPerSecond,12:0.000}x {r.Percentile(0.99) / echo.Recorder.Percentile(0.99),10:0.0}x {Format(result.BotCpuPerRequest),11} {Format(result.LoadCpuPerRequest),9}");
            if (r.ErrorCount > 0) _failed.Add((cell, r));
        }

        public void Note(string text) => Console.WriteLine(text);

        public void Errors()
        {
            if (_failed.Count == 0)
            {
                Console.WriteLine("\nno errors: every request got a 2xx and the right replies");
                return;
            }
            Console.WriteLine("\nerrors:");
            foreach (var (cell, recorder) in _failed)
            {
                Console.WriteLine($"  {cell.Bot} {cell.Store} {cell.Kind} {cell.Conversation} {cell.Clients} clients:");
                recorder.PrintErrors("    ");
            }
        }
    }

    // ---- the processes and the sink -----------------------------------------------------------------------------

    /// <summary>One HttpClient for all clients: enough connections for 64 at once, no proxy, a generous timeout.</summary>
    private static class LoadClient
    {
        public static HttpClient Create() => new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1024,
            UseProxy = false,
            AllowAutoRedirect = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        { Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>The state store each bot process gets, through environment variables, and its temporary files.</summary>
    private sealed class StoreSettings : IAsyncDisposable
    {
        private const string Prefix = "awarenessbot-http-";
        // The folder names this process, so a later run can tell a folder left by a killed run from one in use.
        private readonly string _folder = Path.Combine(Path.GetTempPath(), $"{Prefix}{System.Environment.ProcessId}-{Guid.NewGuid():N}");
        private AzuriteServer? _azurite;

        /// <summary>Removes the folders of runs that were killed outright (SIGKILL leaves no chance to clean up).</summary>
        private static void RemoveLeftovers()
        {
            foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
            {
                var owner = Path.GetFileName(folder)[Prefix.Length..].Split('-')[0];
                if (!int.TryParse(owner, out var pid) || Directory.Exists($"/proc/{pid}")) continue;
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }

        public Dictionary<string, string> Environment { get; } = [];

        public static async Task<StoreSettings?> CreateAsync(string store)
        {
            RemoveLeftovers();
            var settings = new StoreSettings();
            Directory.CreateDirectory(settings._folder);
            // The bot's own files (unanswered questions, last good content) go to the temporary folder, not the build output.
            settings.Environment["Data__Path"] = Path.Combine(settings._folder, "data");
            switch (store)
            {
                case "memory":
                    settings.Environment["Storage__Kind"] = "Memory";
                    break;
                case "sqlite":
                    settings.Environment["Storage__Kind"] = "Sqlite";
                    settings.Environment["Storage__Sqlite__Path"] = Path.Combine(settings._folder, "state.db");
                    break;
                case "blob":
                    settings._azurite = await AzuriteServer.StartAsync();
                    if (settings._azurite is null)
                    {
                        await settings.DisposeAsync();
                        return null;
                    }
                    settings.Environment["Storage__Kind"] = "Blob";
                    settings.Environment["Storage__Blob__ConnectionString"] = settings._azurite.ConnectionString;
                    settings.Environment["Storage__Blob__Container"] = "bench";
                    break;
            }
            return settings;
        }

        /// <summary>The SQLite file and its write-ahead log, when the store is SQLite.</summary>
        public double? StateFileMegabytes()
        {
            if (!Environment.TryGetValue("Storage__Sqlite__Path", out var path)) return null;
            return new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / 1048576.0;
        }

        public ValueTask DisposeAsync()
        {
            _azurite?.Dispose();
            if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
            return ValueTask.CompletedTask;
        }
    }

    /// <summary>
    /// A bot as its own process (`dotnet bot.dll --urls http://127.0.0.1:port`), killed with its tree when disposed,
    /// when this process exits, or (through setpriv's parent-death signal) when this process is killed outright.
    /// </summary>
    private sealed class BotProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _lastLines = new();
        private readonly ConcurrentDictionary<string, int> _problems = new();
        private string? _pendingLevel;

        private BotProcess(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
        }

        public Uri BaseAddress { get; }
        public double StartSeconds { get; private set; }

        public static Task<BotProcess> StartEchoAsync(CancellationToken cancellationToken) =>
            StartAsync(Built("bench/EchoBot", "EchoBot.dll"), [], needsHealth: false, cancellationToken);

        public static Task<BotProcess> StartAwarenessAsync(Dictionary<string, string> environment, CancellationToken cancellationToken) =>
            StartAsync(Built("src/Bot", "AwarenessBot.dll"), environment, needsHealth: true, cancellationToken);

        private static string Built(string project, string dll)
        {
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "AwarenessBot.sln"))) root = root.Parent;
            if (root is null) throw new InvalidOperationException("AwarenessBot.sln not found above " + AppContext.BaseDirectory);
            var path = Path.Combine(root.FullName, project, "bin", Configuration, "net10.0", dll);
            // The benchmark project references both bots, so building it builds them; a missing file is a build that did not run.
            return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is missing: build with `dotnet build -c {Configuration} bench/AwarenessBot.Benchmarks`");
        }

#if DEBUG
        private const string Configuration = "Debug";
#else
        private const string Configuration = "Release";
#endif

        private static async Task<BotProcess> StartAsync(string dll, Dictionary<string, string> environment, bool needsHealth, CancellationToken cancellationToken)
        {
            var port = FreePort();
            var info = ChildProcesses.StartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"]);
            info.WorkingDirectory = Path.GetDirectoryName(dll)!;
            // Both bots log the same way: ASP.NET Core's per-request lines off, as AwarenessBot's appsettings.json has it.
            info.Environment["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            foreach (var (key, value) in environment) info.Environment[key] = value;
            var watch = Stopwatch.StartNew();
            var bot = new BotProcess(ChildProcesses.Start(info), new Uri($"http://127.0.0.1:{port}/"));
            bot._process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
            bot._process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
            bot._process.BeginOutputReadLine();
            bot._process.BeginErrorReadLine();
            try
            {
                await bot.WaitUntilReadyAsync(needsHealth, cancellationToken);
            }
            catch
            {
                await bot.DisposeAsync();
                throw;
            }
            bot.StartSeconds = watch.Elapsed.TotalSeconds;
            return bot;
        }

        private async Task WaitUntilReadyAsync(bool needsHealth, CancellationToken cancellationToken)
        {
            using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromSeconds(90))
            {
                ThrowIfExited();
                try
                {
                    // The echo bot has no /healthz: any answer means it listens.
                    using var response = await probe.GetAsync(new Uri(BaseAddress, "healthz"), cancellationToken);
                    if (!needsHealth || response.StatusCode == HttpStatusCode.OK) return;
                }
                catch (HttpRequestException)
                {
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                }
                await Task.Delay(100, cancellationToken);
            }
            throw new TimeoutException($"the bot did not become healthy within 90 s:\n{string.Join("\n", _lastLines)}");
        }

        /// <summary>Keeps the last lines for a failure message, and counts the bot's warnings and errors by their first line.</summary>
        private void Keep(string? line)
        {
            if (line is null) return;
            _lastLines.Enqueue(line);
            while (_lastLines.Count > 40) _lastLines.TryDequeue(out _);
            // The console logger writes "warn: Category[0]" and the message on the next line.
            if (_pendingLevel is { } level)
            {
                _problems.AddOrUpdate($"{level} {line.Trim()}", 1, (_, n) => n + 1);
                _pendingLevel = null;
            }
            else if (line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal))
                _pendingLevel = line[..4];
        }

        public string LogSummary()
        {
            if (_problems.IsEmpty) return "  bot log: no warnings or errors";
            // Messages differ in their numbers (rules, ids); the first 100 characters group them well enough.
            var groups = _problems.GroupBy(p => p.Key.Length > 100 ? p.Key[..100] : p.Key).Select(g => (Text: g.Key, Count: g.Sum(p => p.Value))).OrderByDescending(g => g.Count);
            return "  bot log:\n" + string.Join("\n", groups.Select(g => $"    {g.Count} x {g.Text}"));
        }

        public void ThrowIfExited()
        {
            if (_process.HasExited) throw new InvalidOperationException($"the bot exited with code {_process.ExitCode}:\n{string.Join("\n", _lastLines)}");
        }

        public double CpuSeconds()
        {
            _process.Refresh();
            return _process.TotalProcessorTime.TotalSeconds;
        }

        public double RssMegabytes()
        {
            try
            {
                var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
                return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
            }
            catch (IOException)
            {
                return double.NaN;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await ChildProcesses.StopAsync(_process);
        }

        private static int FreePort()
        {
            using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    /// <summary>
    /// Starts child processes so none outlives the benchmark. They are killed on dispose, at exit (ProcessExit) and on
    /// Ctrl+C; and, when util-linux's setpriv is there, the kernel kills them if this process dies without cleaning up
    /// (SIGKILL, a crash). The parent-death signal fires when the creating *thread* ends, so every start happens on one
    /// thread that lives as long as the process.
    /// </summary>
    private static class ChildProcesses
    {
        private static readonly ConcurrentDictionary<int, Process> Running = new();
        private static readonly BlockingCollection<(ProcessStartInfo Info, TaskCompletionSource<Process> Started)> Requests = [];
        private static readonly string? SetPriv = File.Exists("/usr/bin/setpriv") ? "/usr/bin/setpriv" : null;

        static ChildProcesses()
        {
            new Thread(() =>
            {
                foreach (var (info, started) in Requests.GetConsumingEnumerable())
                {
                    try
                    {
                        var process = Process.Start(info)!;
                        Running[process.Id] = process;
                        started.SetResult(process);
                    }
                    catch (Exception e)
                    {
                        started.SetException(e);
                    }
                }
            }) { IsBackground = true, Name = "child process starter" }.Start();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        }

        public static ProcessStartInfo StartInfo(string program, string[] arguments)
        {
            var info = new ProcessStartInfo(SetPriv ?? program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            // setpriv sets the signal and execs the program: same process id, nothing in between.
            if (SetPriv is not null) foreach (var arg in new[] { "--pdeathsig", "KILL", "--", program }) info.ArgumentList.Add(arg);
            foreach (var arg in arguments) info.ArgumentList.Add(arg);
            return info;
        }

        public static Process Start(ProcessStartInfo info)
        {
            var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
            Requests.Add((info, started));
            return started.Task.GetAwaiter().GetResult();
        }

        public static async Task StopAsync(Process process)
        {
            Running.TryRemove(process.Id, out _);
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await process.WaitForExitAsync(wait.Token);
            }
            catch (Exception e) when (e is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
            {
            }
            process.Dispose();
        }

        public static void KillAll()
        {
            foreach (var process in Running.Values)
            {
                try
                {
                    if (!process.HasExited) process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                }
            }
        }
    }

    /// <summary>Ctrl+C stops the run cleanly (processes killed, temporary files removed) instead of ending the process at once.</summary>
    private sealed class RunScope : IDisposable
    {
        private readonly CancellationTokenSource _cancel = new();
        private readonly ConsoleCancelEventHandler _handler;

        public RunScope()
        {
            _handler = (_, e) =>
            {
                // A second Ctrl+C ends the process; ProcessExit still kills the bots.
                if (_cancel.IsCancellationRequested) return;
                e.Cancel = true;
                Console.Error.WriteLine("stopping...");
                _cancel.Cancel();
            };
            Console.CancelKeyPress += _handler;
        }

        public CancellationToken Token => _cancel.Token;

        public void Dispose()
        {
            Console.CancelKeyPress -= _handler;
            _cancel.Dispose();
        }
    }

    /// <summary>
    /// Where the bots send their replies: a Kestrel on 127.0.0.1 that answers the Bot Framework connector's
    /// POST /v3/conversations/{conversation}/activities/{replyToId} with 200 and an id, and keeps each reply's
    /// text under the activity it answers, for the client to check.
    /// </summary>
    private sealed class ReplySink : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ConcurrentDictionary<string, List<string>> _replies = new();
        private long _count;

        private ReplySink(WebApplication app) => _app = app;

        public string ServiceUrl { get; private set; } = "";
        public long Count => Interlocked.Read(ref _count);

        public static async Task<ReplySink> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var sink = new ReplySink(app);
            app.MapPost("/v3/conversations/{conversation}/activities/{replyTo}", (RequestDelegate)sink.ReceiveAsync);
            // Anything else under /v3/conversations/ (a message not sent as a reply) is answered too, kept under "".
            app.MapPost("/v3/conversations/{**rest}", (RequestDelegate)sink.ReceiveAsync);
            await app.StartAsync();
            sink.ServiceUrl = app.Urls.Single().TrimEnd('/') + "/";
            return sink;
        }

        private async Task ReceiveAsync(HttpContext http)
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            var text = body.RootElement.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            var type = body.RootElement.TryGetProperty("type", out var k) ? k.GetString() : null;
            if (type == "message")
            {
                var list = _replies.GetOrAdd(http.GetRouteValue("replyTo") as string ?? "", _ => []);
                lock (list) list.Add(text);
            }
            var id = Interlocked.Increment(ref _count);
            http.Response.ContentType = "application/json";
            await http.Response.WriteAsync($"{{\"id\":\"reply-{id}\"}}", http.RequestAborted);
        }

        /// <summary>The replies to one activity, removed from the sink.</summary>
        public IReadOnlyList<string> Take(string activityId)
        {
            if (!_replies.TryRemove(activityId, out var list)) return [];
            lock (list) return [.. list];
        }

        /// <summary>Drops replies nobody took (to requests that failed), so memory does not grow over a long run.</summary>
        public void Forget() => _replies.Clear();

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }

    // ---- options ---------------------------------------------------------------------------------------------------

    /// <summary>`--name value` options; lists are comma-separated and must come from the allowed values.</summary>
    private sealed class Options(string[] args)
    {
        public string? Problem { get; private set; }

        public string? Value(string name)
        {
            var i = Array.IndexOf(args, name);
            if (i < 0) return null;
            if (i + 1 < args.Length) return args[i + 1];
            Problem ??= $"{name} needs a value";
            return null;
        }

        public double Number(string name, double fallback)
        {
            if (Value(name) is not { } text) return fallback;
            if (double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var value) && value > 0) return value;
            Problem ??= $"{name} takes a positive number, not '{text}'";
            return fallback;
        }

        public List<string> Choices(string name, string[] allowed, string[]? fallback = null)
        {
            if (Value(name) is not { } text) return [.. fallback ?? allowed];
            var chosen = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToLowerInvariant()).ToList();
            if (chosen.Count == 0 || chosen.Except(allowed).Any()) Problem ??= $"{name} takes one or more of {string.Join(",", allowed)}";
            // Kept in the order of the allowed values, so a filtered run prints its rows in the usual order.
            return [.. allowed.Where(chosen.Contains)];
        }

        public List<int> Counts(string name, int[] fallback)
        {
            if (Value(name) is not { } text) return [.. fallback];
            var counts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => int.TryParse(c, out var n) && n > 0 ? n : 0).ToList();
            if (counts.Count == 0 || counts.Contains(0)) Problem ??= $"{name} takes one or more positive whole numbers, like 1,16,64";
            return counts;
        }
    }
}
