using AwarenessBot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Storage;

/// <summary>A clock the tests move by hand, to check expiry without waiting.</summary>
public sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.Parse("2026-11-29T12:00:00Z");
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The IStorage contract every state store must keep, run against each engine (Memory, SQLite,
/// Blob on Azurite): reads, writes, deletes, missing keys, ETag conflicts, "*" writes, large
/// items, odd keys, and (for the bot's own stores) expiry.
/// </summary>
public abstract class StorageContractTests
{
    protected static readonly TimeSpan TimeToLive = TimeSpan.FromHours(24);
    protected ManualClock Clock { get; } = new();

    /// <summary>A fresh, empty store of the engine under test.</summary>
    protected abstract IStorage NewStore();

    /// <summary>Whether the engine keeps the bot's expiry promise (the SDK's MemoryStorage does not; it is for unit tests).</summary>
    protected virtual bool Expires => true;

    protected sealed class Note : IStoreItem
    {
        public string Text { get; set; } = "";
        public int Count { get; set; }
        public string? ETag { get; set; }
    }

    private static string Key(string suffix) => $"test/conversations/{Guid.NewGuid():N}/{suffix}";

    [SkippableFact]
    public async Task What_is_written_is_read_back_with_an_etag()
    {
        var store = NewStore();
        var key = Key("note");
        await store.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "hello", Count = 3 } });

        var read = await store.ReadAsync([key]);
        var value = JObject.FromObject(read[key]);
        Assert.Equal("hello", value.Value<string>("Text"));
        Assert.Equal(3, value.Value<int>("Count"));
        Assert.False(string.IsNullOrEmpty(value.Value<string>("eTag") ?? value.Value<string>("ETag")));
    }

    [SkippableFact]
    public async Task Missing_keys_are_simply_absent()
    {
        var store = NewStore();
        var key = Key("present");
        await store.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "x" } });
        var read = await store.ReadAsync([key, Key("missing")]);
        Assert.Equal([key], read.Keys);
        Assert.Empty(await store.ReadAsync([Key("nothing")]));
    }

    [SkippableFact]
    public async Task Deleted_items_are_gone_and_deleting_a_missing_key_is_fine()
    {
        var store = NewStore();
        var key = Key("doomed");
        await store.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "x" } });
        await store.DeleteAsync([key, Key("never-existed")]);
        Assert.Empty(await store.ReadAsync([key]));
    }

    private static async Task<string> ETagOf(IStorage store, string key)
    {
        var value = JObject.FromObject((await store.ReadAsync([key]))[key]);
        return (value.Value<string>("eTag") ?? value.Value<string>("ETag"))!;
    }

    [SkippableFact]
    public async Task A_write_with_a_stale_etag_is_rejected_and_changes_nothing()
    {
        var store = NewStore();
        var key = Key("raced");
        await store.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "first" } });
        var staleETag = await ETagOf(store, key);

        await store.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "second", ETag = staleETag } });
        Assert.NotEqual(staleETag, await ETagOf(store, key));

        var late = new Note { Text = "late", ETag = staleETag };
        var error = await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync(new Dictionary<string, object> { [key] = late }));
        if (store is ExpiringJsonStorage) Assert.IsType<StorageConflictException>(error);
        Assert.Equal("second", JObject.FromObject((await store.ReadAsync([key]))[key]).Value<string>("Text"));
    }

    [SkippableFact]
    public async Task A_star_etag_overwrites_whatever_is_there()
    {
        var store = NewStore();
        var key = Key("forced");
        await store.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "old" } });
        await store.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "newer", ETag = await ETagOf(store, key) } });
        await store.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = "new", ETag = "*" } });
        Assert.Equal("new", JObject.FromObject((await store.ReadAsync([key]))[key]).Value<string>("Text"));
    }

    [SkippableFact]
    public async Task Bot_state_dictionaries_carry_their_etag_and_a_stale_one_is_rejected()
    {
        // BotState stores a plain dictionary; the bot's stores check its "eTag" entry, so two turns of one
        // conversation cannot silently overwrite each other (the SDK's MemoryStorage checks only IStoreItems).
        Skip.IfNot(Expires, "the SDK's MemoryStorage does not check dictionaries' ETags");
        var store = NewStore();
        var key = Key("botstate");
        await store.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object> { ["step"] = 1 } });
        var firstRead = JObject.FromObject((await store.ReadAsync([key]))[key]);
        var secondRead = JObject.FromObject((await store.ReadAsync([key]))[key]);

        firstRead["step"] = 2;
        await store.WriteAsync(new Dictionary<string, object> { [key] = firstRead.ToObject<Dictionary<string, object>>()! });
        secondRead["step"] = 3;
        await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync(new Dictionary<string, object> { [key] = secondRead.ToObject<Dictionary<string, object>>()! }));
        Assert.Equal(2, JObject.FromObject((await store.ReadAsync([key]))[key]).Value<int>("step"));
    }

    [SkippableFact]
    public async Task Large_items_round_trip()
    {
        var store = NewStore();
        var key = Key("large");
        var text = string.Concat(Enumerable.Range(0, 50_000).Select(i => (char)('a' + i % 26))) + "é😀";
        await store.WriteAsync(new Dictionary<string, object> { [key] = new Note { Text = text } });
        Assert.Equal(text, JObject.FromObject((await store.ReadAsync([key]))[key]).Value<string>("Text"));
    }

    [SkippableTheory]
    [InlineData("msteams/conversations/19:abc@thread.tacv2;messageid=1687/users/29:1xyz")]
    [InlineData("webchat/conversations/a|b|c/../../etc")]
    [InlineData("emulator/conversations/ünïcødé 会话 😀/x")]
    [InlineData("trailing.dot./and space ")]
    public async Task Odd_keys_are_kept_apart_and_round_trip(string oddKey)
    {
        var store = NewStore();
        var key = oddKey + Guid.NewGuid().ToString("N");
        var longKey = key + new string('x', 320);
        var veryLongKey = key + new string('y', 2000);
        await store.WriteAsync(new Dictionary<string, object>
        {
            [key] = new Note { Text = "short" },
            [longKey] = new Note { Text = "long" },
            [veryLongKey] = new Note { Text = "very long" },
        });
        var read = await store.ReadAsync([key, longKey, veryLongKey]);
        Assert.Equal("short", JObject.FromObject(read[key]).Value<string>("Text"));
        Assert.Equal("long", JObject.FromObject(read[longKey]).Value<string>("Text"));
        Assert.Equal("very long", JObject.FromObject(read[veryLongKey]).Value<string>("Text"));
    }

    [SkippableFact]
    public async Task State_expires_after_its_time_to_live_and_is_deleted()
    {
        Skip.IfNot(Expires, "this engine is for unit tests and does not expire state");
        var store = NewStore();
        var (stays, goes) = (Key("active"), Key("idle"));
        await store.WriteAsync(new Dictionary<string, object> { [stays] = new Note { Text = "a" }, [goes] = new Note { Text = "b" } });
        Clock.Now += TimeToLive - TimeSpan.FromHours(1);
        await store.WriteAsync(new Dictionary<string, object> { [stays] = new Note { Text = "a again", ETag = "*" } }); // activity renews it
        Clock.Now += TimeSpan.FromHours(2);

        Assert.Equal([stays], (await store.ReadAsync([stays, goes])).Keys);
        Clock.Now += TimeToLive;
        Assert.True(await ((ExpiringJsonStorage)store).PurgeExpiredAsync(CancellationToken.None) >= 1);
        Assert.Empty(await store.ReadAsync([stays, goes]));
    }
}

public sealed class MemoryStorageContractTests : StorageContractTests
{
    protected override IStorage NewStore() => new MemoryStorage();
    protected override bool Expires => false;
}

public sealed class SqliteStorageContractTests : StorageContractTests, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"contract-{Guid.NewGuid():N}.db");

    protected override IStorage NewStore() => new SqliteStateStorage(_file, TimeToLive, Clock);

    [Fact]
    public async Task A_database_deleted_while_the_bot_runs_is_recreated_instead_of_failing_every_turn()
    {
        var store = NewStore();
        await store.WriteAsync(new Dictionary<string, object> { ["before"] = new Note { Text = "a" } });
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(file);
        // Pooled connections still hold the deleted file; the next new one opens an empty file without the table.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await store.WriteAsync(new Dictionary<string, object> { ["after"] = new Note { Text = "b" } });
        var read = await store.ReadAsync(["before", "after"]);
        Assert.False(read.ContainsKey("before")); // lost with the file
        Assert.Equal("b", JObject.FromObject(read["after"]).Value<string>("Text"));
        Assert.True((await StateStorage.CheckAsync(store, CancellationToken.None)).Healthy);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(file);
    }
}

[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageContractTests(AzuriteFixture azurite) : StorageContractTests
{
    protected override IStorage NewStore()
    {
        azurite.RequireAzurite();
        var container = new Azure.Storage.Blobs.BlobContainerClient(azurite.ConnectionString, "contract-" + Guid.NewGuid().ToString("N"));
        var store = new BlobStateStorage(container, TimeToLive, Clock);
        store.CheckAsync(CancellationToken.None).GetAwaiter().GetResult();
        return store;
    }

    [SkippableFact]
    public void Blob_names_are_safe_and_distinct_for_any_key()
    {
        var names = new[] { "a/b", "a|b", "a b", "ünï", new string('x', 2000), new string('x', 2001) }.Select(BlobStateStorage.BlobName).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[A-Za-z0-9_-]{1,1024}$", n));
    }
}
