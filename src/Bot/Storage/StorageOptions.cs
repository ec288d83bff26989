namespace AwarenessBot.Storage;

public enum StorageKind { Sqlite, Blob, Memory }

/// <summary>The "Storage" configuration section: where conversation and user state live, and for how long.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite (one machine, the default), Blob (any number of instances) or Memory (tests; lost on restart).</summary>
    public StorageKind Kind { get; set; } = StorageKind.Sqlite;

    /// <summary>State not used for this long is deleted (privacy: nothing is kept longer than needed).</summary>
    public double TimeToLiveHours { get; set; } = 24;

    /// <summary>How often expired state is purged.</summary>
    public double PurgeMinutes { get; set; } = 10;

    public SqliteStorageOptions Sqlite { get; set; } = new();
    public BlobStorageOptions Blob { get; set; } = new();

    public TimeSpan TimeToLive => TimeSpan.FromHours(TimeToLiveHours);
}

public sealed class SqliteStorageOptions
{
    /// <summary>The database file; relative paths start at the app's folder. Created on first run.</summary>
    public string Path { get; set; } = "data/state.db";

    public string ResolvedPath => System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, Path));
}

public sealed class BlobStorageOptions
{
    /// <summary>A storage account connection string (or the Azurite one). Either this or <see cref="AccountUrl"/>.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>The account's blob address (https://account.blob.core.windows.net), used with managed identity.</summary>
    public string AccountUrl { get; set; } = "";

    public string Container { get; set; } = "awarenessbot-state";
}
