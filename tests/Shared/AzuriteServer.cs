using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AwarenessBot.Testing;

/// <summary>
/// A real Azurite (npm azurite, the Azure Storage emulator) on a free loopback port with a
/// temporary folder, for the tests and the benchmark. <see cref="Find"/> looks in AZURITE_PATH,
/// the repository's .tools folder (npm install --prefix .tools azurite@3.37.0), then PATH.
/// </summary>
public sealed class AzuriteServer : IDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly string _folder;

    private AzuriteServer(Process process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_PATH") is { Length: > 0 } configured && File.Exists(configured)) return configured;
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "AwarenessBot.sln"))) folder = folder.Parent;
        var local = folder is null ? null : Path.Combine(folder.FullName, ".tools", "node_modules", ".bin", "azurite-blob");
        if (local is not null && File.Exists(local)) return local;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(p => Path.Combine(p, "azurite-blob")).FirstOrDefault(File.Exists);
    }

    /// <summary>Starts Azurite and waits until it listens; null when it is not installed.</summary>
    public static async Task<AzuriteServer?> StartAsync()
    {
        if (Find() is not { } binary) return null;
        var folder = Path.Combine(Path.GetTempPath(), "azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var info = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--blobHost", "127.0.0.1", "--blobPort", port.ToString(), "--location", folder, "--silent", "--skipApiVersionCheck", "--loose" })
            info.ArgumentList.Add(arg);
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new AzuriteServer(process, folder, port);
        for (var i = 0; i < 200; i++)
        {
            if (await ListeningAsync(port)) return server;
            await Task.Delay(100);
        }
        server.Dispose();
        throw new InvalidOperationException("Azurite did not start within 20 s");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(5000);
        _process.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private static async Task<bool> ListeningAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
