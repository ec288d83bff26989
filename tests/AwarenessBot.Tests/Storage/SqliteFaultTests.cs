using System.Diagnostics;
using AwarenessBot.Safety;
using AwarenessBot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Storage;

/// <summary>
/// Faults of the SQLite file under a running bot: each one fails an operation at worst (the turn degrades,
/// /healthz says so), never ends the process, and the store works again once the fault is gone. A fault that
/// could still kill the process (SIGBUS) would kill this test host, failing the run.
/// </summary>
public sealed class SqliteFaultTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sqlite-faults-").FullName;
    private readonly List<SqliteStateStorage> _stores = [];
    private bool _mounted;

    private string Database => Path.Combine(_folder, "state.db");

    private SqliteStateStorage NewStore()
    {
        var store = new SqliteStateStorage(Database, TimeSpan.FromHours(24), TimeProvider.System);
        _stores.Add(store);
        return store;
    }

    private static Task WriteAsync(IStorage store, string key, string text) =>
        store.WriteAsync(new Dictionary<string, object> { [key] = new JObject { ["text"] = text } });

    private static async Task<string?> ReadAsync(IStorage store, string key) =>
        (await store.ReadAsync([key])).TryGetValue(key, out var value) ? JObject.FromObject(value).Value<string>("text") : null;

    /// <summary>The store takes a write, reads it back and reports healthy: the fault is over.</summary>
    private static async Task AssertWorksAsync(IStorage store)
    {
        await WriteAsync(store, "after", "works");
        Assert.Equal("works", await ReadAsync(store, "after"));
        Assert.True(await HealthyAsync(store));
    }

    private static async Task<bool> HealthyAsync(IStorage store) => (await StateStorage.CheckAsync(store, CancellationToken.None)).Healthy;

    [Fact]
    public async Task No_shared_memory_file_is_mapped_so_a_damaged_shm_or_wal_only_fails_an_operation()
    {
        var store = NewStore();
        await WriteAsync(store, "a", "first");
        Assert.False(File.Exists(Database + "-shm")); // the WAL index lives in the heap: nothing to SIGBUS on

        // Someone truncates the WAL and drops junk where a -shm file would be.
        await File.WriteAllBytesAsync(Database + "-shm", new byte[100]);
        await using (var wal = new FileStream(Database + "-wal", FileMode.Open, FileAccess.Write, FileShare.ReadWrite)) wal.SetLength(0);

        await AttemptAsync(() => WriteAsync(store, "b", "second"));
        await AttemptAsync(() => ReadAsync(store, "a"));
        await AssertWorksAsync(store);
    }

    [Fact]
    public async Task A_damaged_database_is_set_aside_and_a_new_one_started()
    {
        await File.WriteAllTextAsync(Database, new string('x', 8192)); // not a database at all
        var store = NewStore();

        await WriteAsync(store, "a", "works");

        Assert.Equal("works", await ReadAsync(store, "a"));
        Assert.Single(Directory.GetFiles(_folder, "state.db.damaged-*"));
        Assert.True(await HealthyAsync(store));
    }

    [Fact]
    public async Task A_deleted_wal_and_database_are_recreated()
    {
        var store = NewStore();
        await WriteAsync(store, "a", "before");
        foreach (var file in Directory.GetFiles(_folder)) File.Delete(file);

        await WriteAsync(store, "b", "after");

        Assert.Null(await ReadAsync(store, "a")); // lost with the file
        Assert.Equal("after", await ReadAsync(store, "b"));
        Assert.True(File.Exists(Database));
    }

    [Fact]
    public async Task A_second_process_on_the_same_file_is_told_it_is_in_use()
    {
        await WriteAsync(NewStore(), "a", "owner");
        var second = NewStore(); // same file: SQLite treats another connection like another process

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => WriteAsync(second, "b", "intruder"));
        Assert.True(error.ToString().Contains("in use by another process"), error.ToString());
        Assert.False(await HealthyAsync(second));
    }

    [SkippableFact]
    public async Task A_full_disk_fails_writes_and_health_then_recovers_when_space_returns()
    {
        MountTmpfs("size=1m");
        var store = NewStore();
        await WriteAsync(store, "a", "before");
        var filler = Path.Combine(_folder, "filler");
        FillDisk(filler);

        // The WAL may still have room for a few pages; a large item needs more than is left.
        await Assert.ThrowsAsync<StorageUnavailableException>(() => WriteAsync(store, "big", new string('x', 256 * 1024)));
        Assert.False(await HealthyAsync(store));
        await AttemptAsync(() => ReadAsync(store, "a"));

        File.Delete(filler);
        await AssertWorksAsync(store);
    }

    [SkippableFact]
    public async Task A_read_only_folder_fails_writes_and_health_then_recovers()
    {
        MountTmpfs("size=4m");
        var store = NewStore();
        await WriteAsync(store, "a", "before");
        store.Dispose(); // a folder cannot be remounted read-only under an open file; the bot restarts onto it

        Mount("-o", "remount,ro", _folder);
        var restarted = NewStore();
        await Assert.ThrowsAsync<StorageUnavailableException>(() => WriteAsync(restarted, "b", "lost"));
        Assert.False(await HealthyAsync(restarted));

        Mount("-o", "remount,rw", _folder);
        await AssertWorksAsync(restarted);
    }

    [SkippableFact]
    public async Task On_a_full_disk_a_crisis_message_still_gets_the_emergency_response()
    {
        MountTmpfs("size=1m");
        var store = NewStore();
        using var bot = new TestBot(store);
        await bot.SayAsync("how do I report"); // a dialog in progress, so the crisis turn has state to save
        FillDisk(Path.Combine(_folder, "filler"));

        var replies = await bot.SayAsync("i want to kill myself");

        Assert.Equal(EmergencyResponse.English, replies.Messages().First().Text);
    }

    /// <summary>An operation during a fault may fail, but only as the store's own error.</summary>
    private static async Task AttemptAsync(Func<Task> operation)
    {
        try
        {
            await operation();
        }
        catch (StorageUnavailableException)
        {
            // degraded, as promised
        }
    }

    private static void FillDisk(string path)
    {
        using var file = File.Create(path);
        var block = new byte[4096];
        try
        {
            while (true) file.Write(block);
        }
        catch (IOException)
        {
            // full
        }
    }

    /// <summary>A small tmpfs over the test folder: a real disk that fills and turns read-only. Needs root (CI has it).</summary>
    private void MountTmpfs(string options)
    {
        Skip.IfNot(OperatingSystem.IsLinux() && Environment.UserName == "root", "mounting a small file system needs root on Linux");
        var error = TryMount("-t", "tmpfs", "-o", options, "tmpfs", _folder);
        Skip.If(error is not null, $"this machine cannot mount a tmpfs: {error}");
        _mounted = true;
    }

    private static void Mount(params string[] args) => Assert.Null(TryMount(args));

    private static string? TryMount(params string[] args)
    {
        var info = new ProcessStartInfo("mount") { RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var mount = Process.Start(info)!;
        var error = mount.StandardError.ReadToEnd();
        mount.WaitForExit();
        return mount.ExitCode == 0 ? null : error;
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        if (_mounted) Process.Start("umount", ["-l", _folder])!.WaitForExit();
        Directory.Delete(_folder, recursive: true);
    }
}
