using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Storage;

/// <summary>Chooses the state store from configuration (Storage:Kind) and reports on it.</summary>
public static class StateStorage
{
    public static IServiceCollection AddStateStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.AddSingleton<IStorage>(sp => Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value, TimeProvider.System, sp.GetRequiredService<ILogger<SqliteStateStorage>>()));
        return services;
    }

    public static IStorage Create(StorageOptions options, TimeProvider clock, ILogger? logger = null) => options.Kind switch
    {
        StorageKind.Memory => new MemoryStorage(),
        StorageKind.Sqlite => new SqliteStateStorage(options.Sqlite.ResolvedPath, options.TimeToLive, clock, logger),
        StorageKind.Blob => new BlobStateStorage(Container(options.Blob), options.TimeToLive, clock),
        _ => throw new InvalidOperationException($"Storage:Kind '{options.Kind}' is not Sqlite, Blob or Memory."),
    };

    /// <summary>A connection string (storage account key, SAS or Azurite), or the account URL with managed identity.</summary>
    private static BlobContainerClient Container(BlobStorageOptions blob)
    {
        if (!string.IsNullOrWhiteSpace(blob.ConnectionString)) return new BlobContainerClient(blob.ConnectionString, blob.Container);
        if (Uri.TryCreate(blob.AccountUrl, UriKind.Absolute, out var account))
            return new BlobContainerClient(new Uri(account, blob.Container), new DefaultAzureCredential());
        throw new InvalidOperationException("Storage:Kind is Blob but neither Storage:Blob:ConnectionString nor Storage:Blob:AccountUrl is set.");
    }

    /// <summary>"sqlite /path", "blob https://...", "memory": for logs and /healthz, never a secret.</summary>
    public static string Describe(IStorage storage) => storage is ExpiringJsonStorage store ? store.Description : "memory";

    /// <summary>Whether the store answers now; the message says why not.</summary>
    public static async Task<(bool Healthy, string? Problem)> CheckAsync(IStorage storage, CancellationToken cancellationToken)
    {
        if (storage is not ExpiringJsonStorage store) return (true, null);
        try
        {
            await store.CheckAsync(cancellationToken).ConfigureAwait(false);
            return (true, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (false, e.GetType().Name + ": " + e.Message.Split('\n')[0]);
        }
    }
}

/// <summary>Deletes expired state regularly (privacy: state expires, and expired state is deleted, not just ignored).</summary>
public sealed class StatePurgeService(IStorage storage, IOptions<StorageOptions> options, ILogger<StatePurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (storage is not ExpiringJsonStorage store) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(0.05, options.Value.PurgeMinutes)));
        do
        {
            try
            {
                var removed = await store.PurgeExpiredAsync(stoppingToken).ConfigureAwait(false);
                if (removed > 0) logger.LogInformation("Deleted {Count} expired state items", removed);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Purging expired state failed: {ExceptionType}", e.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
