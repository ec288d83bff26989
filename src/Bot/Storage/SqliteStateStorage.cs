using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwarenessBot.Storage;

/// <summary>
/// State in a SQLite file next to the app: durable across restarts with no setup, for one bot process.
/// <list type="bullet">
/// <item>One connection per process, one operation at a time (an async lock): no two writers of ours ever
/// race for the file, so no thread sleeps in SQLite's busy-retry loop, which is what made the tail slow.</item>
/// <item>WAL in exclusive locking mode: the WAL index lives in the process's heap, not in a memory-mapped
/// <c>-shm</c> file, so a damaged, truncated or unwritable file can only fail an operation, never end the
/// process with SIGBUS. The price: a second process cannot open the same file (it is told so).</item>
/// <item><c>synchronous=NORMAL</c>: a commit is not flushed to disk on its own; WAL keeps the file consistent,
/// and a power cut can lose at most the last turns (a conversation then resumes a step earlier).</item>
/// <item>Any failure closes the connection and the next operation opens a new one; a database deleted while
/// the bot runs is created again, a damaged one is set aside and replaced.</item>
/// </list>
/// </summary>
public sealed class SqliteStateStorage : ExpiringJsonStorage, IDisposable
{
    private const int SqliteBusy = 5, SqliteCorrupt = 11, SqliteNotADatabase = 26;
    private readonly string _path;
    private readonly string _connectionString;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SqliteConnection? _connection;

    public SqliteStateStorage(string path, TimeSpan timeToLive, TimeProvider clock, ILogger? logger = null) : base(timeToLive, clock)
    {
        _path = path;
        _logger = logger ?? NullLogger.Instance;
        // No pooling: the one connection is ours for the life of the process. A short timeout, since the
        // only one who can hold the lock is another process, and waiting on it will not help.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 2 }.ToString();
    }

    public override string Description => "sqlite " + _path;

    /// <summary>A write, not a read: a full disk or a read-only folder still reads fine, and /healthz must see it.</summary>
    public override Task CheckAsync(CancellationToken cancellationToken) => RunAsync(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO probe (id, at) VALUES (1, $now)";
        command.Parameters.AddWithValue("$now", Clock.GetUtcNow().ToUnixTimeMilliseconds());
        return command.ExecuteNonQuery();
    }, cancellationToken);

    protected override Task<StoredItem?> LoadAsync(string key, CancellationToken cancellationToken) => RunAsync(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, etag, expires FROM state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredItem(reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2))) : null;
    }, cancellationToken);

    /// <summary>The ETag check and the write are one step: nothing else writes this file between them.</summary>
    protected override Task<string> SaveAsync(string key, string json, DateTimeOffset expires, string? expectedETag, CancellationToken cancellationToken) => RunAsync(connection =>
    {
        if (expectedETag is not null)
        {
            using var check = connection.CreateCommand();
            check.CommandText = "SELECT etag FROM state WHERE key = $key AND expires > $now";
            check.Parameters.AddWithValue("$key", key);
            check.Parameters.AddWithValue("$now", Clock.GetUtcNow().ToUnixTimeMilliseconds());
            if (check.ExecuteScalar() is string current && current != expectedETag) throw new StorageConflictException(key);
        }
        var etag = Guid.NewGuid().ToString("N");
        using var write = connection.CreateCommand();
        write.CommandText = "INSERT INTO state (key, json, etag, expires) VALUES ($key, $json, $etag, $expires) " +
                            "ON CONFLICT(key) DO UPDATE SET json = excluded.json, etag = excluded.etag, expires = excluded.expires";
        write.Parameters.AddWithValue("$key", key);
        write.Parameters.AddWithValue("$json", json);
        write.Parameters.AddWithValue("$etag", etag);
        write.Parameters.AddWithValue("$expires", expires.ToUnixTimeMilliseconds());
        write.ExecuteNonQuery();
        return etag;
    }, cancellationToken);

    protected override Task RemoveAsync(string key, CancellationToken cancellationToken) => RunAsync(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM state WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteNonQuery();
    }, cancellationToken);

    public override Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) => RunAsync(connection =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM state WHERE expires <= $now";
        command.Parameters.AddWithValue("$now", Clock.GetUtcNow().ToUnixTimeMilliseconds());
        return command.ExecuteNonQuery();
    }, cancellationToken);

    /// <summary>
    /// Runs one operation on the connection, one at a time. SQLite's calls are synchronous and take
    /// microseconds; waiting for the lock is asynchronous, so a queue of turns holds no threads.
    /// After a failure the connection is closed, and a database deleted or damaged meanwhile is
    /// replaced and the operation tried once more.
    /// </summary>
    private async Task<T> RunAsync<T>(Func<SqliteConnection, T> operation, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                try
                {
                    return operation(Connection());
                }
                catch (SqliteException e) when (e.SqliteErrorCode == SqliteBusy) // the exclusive lock is someone else's
                {
                    Close();
                    throw new StorageUnavailableException($"The state database {_path} is in use by another process. Each bot process needs its own file (Storage:Sqlite:Path), or Blob storage for several instances.", e);
                }
                catch (SqliteException e)
                {
                    Close();
                    if (attempt > 0 || !Recover(e)) throw;
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private SqliteConnection Connection()
    {
        // Deleted while we hold it open: our writes would go to a file nobody can see. Start a new one.
        if (_connection is not null && !File.Exists(_path)) Close();
        return _connection ??= Open();
    }

    private SqliteConnection Open()
    {
        if (Path.GetDirectoryName(_path) is { Length: > 0 } folder) Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var setup = connection.CreateCommand();
            // Exclusive locking before WAL is first used, so SQLite never maps a -shm file.
            setup.CommandText =
                "PRAGMA locking_mode = EXCLUSIVE;" +
                "PRAGMA journal_mode = WAL;" +
                "PRAGMA synchronous = NORMAL;" +
                "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, json TEXT NOT NULL, etag TEXT NOT NULL, expires INTEGER NOT NULL);" +
                "CREATE INDEX IF NOT EXISTS state_expires ON state (expires);" +
                "CREATE TABLE IF NOT EXISTS probe (id INTEGER PRIMARY KEY, at INTEGER NOT NULL);";
            setup.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Whether the failure was a damaged file, now set aside so a new one can be created.</summary>
    private bool Recover(SqliteException e)
    {
        if (e.SqliteErrorCode is not (SqliteCorrupt or SqliteNotADatabase)) return false;
        var aside = $"{_path}.damaged-{Clock.GetUtcNow():yyyyMMddHHmmss}";
        try
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(_path + suffix)) File.Move(_path + suffix, aside + suffix, overwrite: true);
        }
        catch (IOException)
        {
            return false;
        }
        _logger.LogError("The state database {Path} was damaged ({Error}); it was moved to {Aside} and a new one started. Conversations in progress start over.", _path, e.SqliteErrorCode, aside);
        return true;
    }

    private void Close()
    {
        _connection?.Dispose();
        _connection = null;
    }

    public void Dispose()
    {
        // Let a running operation finish first; closing the connection is what releases the file.
        var entered = _gate.Wait(TimeSpan.FromSeconds(5));
        Close();
        if (entered) _gate.Release();
    }
}
