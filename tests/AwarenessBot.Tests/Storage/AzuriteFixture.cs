using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AwarenessBot.Tests.Storage;

/// <summary>
/// A real Azurite (npm azurite, the Azure Storage emulator) on a loopback port with a temporary
/// folder, for the Blob store's tests. Without Azurite those tests skip with the install command,
/// unless AWARENESSBOT_REQUIRE_AZURITE=1 (as in CI), which makes a missing Azurite a failure.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string InstallHint = "Blob storage tests need Azurite: npm install --prefix .tools azurite@3.37.0 (or set AZURITE_PATH).";
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _process;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "azurite-" + Guid.NewGuid().ToString("N"));

    public string? ConnectionString { get; private set; }
    public string? Unavailable { get; private set; }

    public static bool Required => Environment.GetEnvironmentVariable("AWARENESSBOT_REQUIRE_AZURITE") == "1";

    public static string? FindAzurite()
    {
        if (Environment.GetEnvironmentVariable("AZURITE_PATH") is { Length: > 0 } configured && File.Exists(configured)) return configured;
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "AwarenessBot.sln"))) folder = folder.Parent;
        var local = folder is null ? null : Path.Combine(folder.FullName, ".tools", "node_modules", ".bin", "azurite-blob");
        if (local is not null && File.Exists(local)) return local;
        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(p => Path.Combine(p, "azurite-blob")).FirstOrDefault(File.Exists);
    }

    public async Task InitializeAsync()
    {
        var azurite = FindAzurite();
        if (azurite is null)
        {
            Unavailable = InstallHint;
            return;
        }
        Directory.CreateDirectory(_folder);
        var port = FreePort();
        var info = new ProcessStartInfo(azurite) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--blobHost", "127.0.0.1", "--blobPort", port.ToString(), "--location", _folder, "--silent", "--skipApiVersionCheck", "--loose" })
            info.ArgumentList.Add(arg);
        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var i = 0; i < 200 && !await ListeningAsync(port); i++) await Task.Delay(100);
        if (!await ListeningAsync(port)) throw new InvalidOperationException("Azurite did not start within 20 s");
        ConnectionString = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public void RequireAzurite()
    {
        if (Unavailable is null) return;
        if (Required) throw new InvalidOperationException(Unavailable);
        Skip.If(true, Unavailable);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit(5000);
        _process?.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, true);
        return Task.CompletedTask;
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

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
