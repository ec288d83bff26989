using AwarenessBot.Tests.Http;
using Microsoft.Playwright;

namespace AwarenessBot.Tests.Browser;

/// <summary>
/// The bot as a real process and a real headless Chromium (Debian's, driven by Playwright).
/// Without Chromium the browser tests skip with the install command, unless
/// AWARENESSBOT_REQUIRE_BROWSER=1 (as in CI), which makes a missing browser a failure.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string InstallHint = "Browser tests need Chromium: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).";

    private IPlaywright? _playwright;

    /// <summary>The admin key the bot runs with, so the admins' page is on.</summary>
    public const string AdminKey = "browser-test-admin-key-7f3c";

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    public static bool Required => Environment.GetEnvironmentVariable("AWARENESSBOT_REQUIRE_BROWSER") == "1";

    public BotProcess? Bot { get; private set; }
    public IBrowser? Browser { get; private set; }
    public string? Unavailable { get; private set; }

    /// <summary>Where the exit button sends people in these tests: a page of the bot itself, so no test leaves the machine.</summary>
    public Uri ExitUrl => new(Bot!.BaseAddress, "/healthz?left=1");

    public static string ArtifactsFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("AWARENESSBOT_ARTIFACTS") is { Length: > 0 } configured
                ? configured
                : Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "browser"));
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = InstallHint;
            return;
        }
        Bot = await BotProcess.StartAsync(address => new Dictionary<string, string>
        {
            ["WebChat__ExitUrl"] = new Uri(address, "/healthz?left=1").ToString(),
            ["Admin__Key"] = AdminKey,
        });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>Skips (or, in CI, fails) when there is no browser.</summary>
    public void RequireBrowser()
    {
        if (Unavailable is null) return;
        if (Required) throw new InvalidOperationException(Unavailable);
        Skip.If(true, Unavailable);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Bot?.Dispose();
    }
}
