using Microsoft.Data.Sqlite;

namespace AwarenessBot.Storage;

/// <summary>
/// State in a SQLite file next to the app: durable across restarts with no setup. Writes are
/// transactions, so a killed process leaves the last committed turn intact, and several
/// processes on one machine can share the file.
/// </summary>
public sealed class SqliteStateStorage : ExpiringJsonStorage
{
    private readonly string _connectionString;
    private readonly string _path;
    private volatile bool _created;

    public SqliteStateStorage(string path, TimeSpan timeToLive, TimeProvider clock) : base(timeToLive, clock)
    {
        _path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public override string Description => "sqlite " + _path;

    public override Task CheckAsync(CancellationToken cancellationToken) => WithConnectionAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM state";
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }, cancellationToken);

    protected override Task<StoredItem?> LoadAsync(string key, CancellationToken cancellationToken) => WithConnectionAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, etag, expires FROM state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new StoredItem(reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)));
    }, cancellationToken);

    protected override Task<string> SaveAsync(string key, string json, DateTimeOffset expires, string? expectedETag, CancellationToken cancellationToken) => WithConnectionAsync(async connection =>
    {
        var etag = Guid.NewGuid().ToString("N");
        // BEGIN IMMEDIATE: the check and the write are one step, even across processes.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (expectedETag is not null)
        {
            await using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = "SELECT etag FROM state WHERE key = $key AND expires > $now";
            check.Parameters.AddWithValue("$key", key);
            check.Parameters.AddWithValue("$now", Clock.GetUtcNow().ToUnixTimeMilliseconds());
            if (await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string current && current != expectedETag)
                throw new StorageConflictException(key);
        }
        await using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = "INSERT INTO state (key, json, etag, expires) VALUES ($key, $json, $etag, $expires) " +
                            "ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, expires = excluded.expires";
        write.Parameters.AddWithValue("$key", key);
        write.Parameters.AddWithValue("$json", json);
        write.Parameters.AddWithValue("$etag", etag);
        write.Parameters.AddWithValue("$expires", expires.ToUnixTimeMilliseconds());
        await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return etag;
    }, cancellationToken);

    protected override Task RemoveAsync(string key, CancellationToken cancellationToken) => WithConnectionAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }, cancellationToken);

    public override Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => WithConnectionAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM state WHERE expires <= $now";
        command.Parameters.AddWithValue("$now", Clock.GetUtcNow().ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }, cancellationToken);

    /// <summary>
    /// Runs one operation on a fresh connection. When the database was deleted or replaced while the bot
    /// runs (new connections then see an empty file), the table is created again and the operation retried
    /// once, instead of every turn failing until a restart. What was in the lost file stays lost.
    /// </summary>
    private async Task<T> WithConnectionAsync<T>(Func<SqliteConnection, Task<T>> operation, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
                return await operation(connection).ConfigureAwait(false);
            }
            catch (SqliteException e) when (attempt == 0 && e.SqliteErrorCode == 1 && e.Message.Contains("no such table", StringComparison.Ordinal))
            {
                _created = false;
                SqliteConnection.ClearAllPools();
            }
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created && Path.GetDirectoryName(_path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!_created)
        {
            await using var create = connection.CreateCommand();
            create.CommandText =
                "PRAGMA journal_mode = WAL;" +
                "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, json TEXT NOT NULL, etag TEXT NOT NULL, expires INTEGER NOT NULL);" +
                "CREATE INDEX IF NOT EXISTS state_expires ON state (expires);";
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _created = true;
        }
        return connection;
    }
}
