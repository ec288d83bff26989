using AwarenessBot.Telemetry;
using AwarenessBot.Content.Loading;
using Microsoft.Extensions.Options;

namespace AwarenessBot.ContentHosting;

/// <summary>
/// Publishes content edits while the bot runs: checks the content files' names, sizes and
/// modification times every <see cref="ContentOptions.PollSeconds"/> seconds and reloads when
/// they change. Polling rather than file-system events, because events are unreliable on
/// network drives and in containers, and a few dozen small files cost nothing to check.
/// </summary>
public sealed class ContentWatcher(ContentStore store, IOptions<ContentOptions> options, BotMetrics metrics, ILogger<ContentWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(0.1, options.Value.PollSeconds));
        var seen = Fingerprint(store.Folder);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var now = Fingerprint(store.Folder);
                if (now == seen) continue;
                // Editors save in several writes; wait until the files stop changing.
                await Task.Delay(interval, stoppingToken).ConfigureAwait(false);
                var settled = Fingerprint(store.Folder);
                if (settled != now) continue;
                seen = settled;
                metrics.ContentReload(store.Reload());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("Could not check the content folder: {Message}", e.Message);
            }
        }
    }

    /// <summary>Names, sizes and modification times of the content files, as one string.</summary>
    public static string Fingerprint(string folder) =>
        string.Join('|', ContentLibraryLoader.ContentFiles(folder).Select(f =>
        {
            var info = new FileInfo(f);
            return info.Exists ? $"{f}:{info.Length}:{info.LastWriteTimeUtc.Ticks}" : f;
        }));
}
