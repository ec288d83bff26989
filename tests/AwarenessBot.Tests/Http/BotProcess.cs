using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AwarenessBot.Tests.Http;

/// <summary>The built bot (src/Bot's own output) running as a real process on a free loopback port.</summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    private readonly System.Text.StringBuilder _log = new();

    /// <summary>What the process has written so far, for failure messages.</summary>
    public string Log { get { lock (_log) return _log.ToString(); } }

    public static string BotAssembly
    {
        get
        {
            // tests/AwarenessBot.Tests/bin/<Configuration>/net10.0/ -> src/Bot/bin/<Configuration>/net10.0/AwarenessBot.dll
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var configuration = testBin.Parent!.Name;
            return Path.Combine(RepositoryPaths.Root, "src", "Bot", "bin", configuration, testBin.Name, "AwarenessBot.dll");
        }
    }

    public static ProcessStartInfo StartInfo(params string[] args) => StartInfoFor(BotAssembly, args);

    private static ProcessStartInfo StartInfoFor(string assembly, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(assembly);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return info;
    }

    /// <param name="assembly">Another copy of the bot to run (e.g. one without its shipped content); the build's by default.</param>
    public static async Task<BotProcess> StartAsync(Func<Uri, IDictionary<string, string>>? environment = null, string? assembly = null)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = StartInfoFor(assembly ?? BotAssembly, "--urls", baseAddress.ToString());
        // Each process gets its own state file unless the test shares one on purpose.
        info.Environment["Storage__Sqlite__Path"] = Path.Combine(Path.GetTempPath(), $"awarenessbot-state-{Guid.NewGuid():N}.db");
        foreach (var (name, value) in environment?.Invoke(baseAddress) ?? new Dictionary<string, string>()) info.Environment[name] = value;
        var process = Process.Start(info)!;
        var bot = new BotProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => { lock (bot._log) bot._log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (bot._log) bot._log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { BaseAddress = baseAddress };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (process.HasExited) throw new InvalidOperationException($"the bot exited with code {process.ExitCode}");
            try
            {
                using var response = await client.GetAsync("/healthz");
                // The answer must come from this process: with tests starting bots in parallel, another may hold the port.
                if (response.StatusCode == HttpStatusCode.OK && bot.Log.Contains($"Now listening on: {baseAddress.ToString().TrimEnd('/')}", StringComparison.Ordinal)) return bot;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        bot.Dispose();
        throw new TimeoutException("the bot did not answer /healthz within 30 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Ends the process at once (SIGKILL on Linux): no shutdown, no flushing.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        finally
        {
            _process.Dispose();
        }
    }
}
