using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Storage;

/// <summary>
/// The Bot Framework <see cref="IStorage"/> contract on top of a simple key/JSON store:
/// <list type="bullet">
/// <item>optimistic concurrency: an item (an <see cref="IStoreItem"/> or a state dictionary with an "eTag") written with a
/// stale ETag is rejected with <see cref="StorageConflictException"/>; "*" or no ETag overwrites;</item>
/// <item>expiry: every write sets the item to expire after the time to live (an <see cref="ILongLivedStoreItem"/>: after its own
/// time); an expired item reads as missing and is deleted;</item>
/// <item>plain JSON, no .NET type names, so stored data can never choose what type it deserializes to.</item>
/// </list>
/// Engines implement the primitives; any failure other than a conflict surfaces as <see cref="StorageUnavailableException"/>.
/// </summary>
public abstract class ExpiringJsonStorage(TimeSpan timeToLive, TimeProvider clock) : IStorage
{
    protected TimeProvider Clock { get; } = clock;

    private const string ETagProperty = "eTag";
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Include,
        MaxDepth = 64,
    });

    protected sealed record StoredItem(string Json, string ETag, DateTimeOffset Expires);

    /// <summary>A short description for logs and /healthz ("sqlite /path/state.db").</summary>
    public abstract string Description { get; }

    protected abstract Task<StoredItem?> LoadAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="json"/> under <paramref name="key"/> and returns its new ETag. With an
    /// <paramref name="expectedETag"/>, only if the current item has that ETag or there is none;
    /// otherwise throws <see cref="StorageConflictException"/>.
    /// </summary>
    protected abstract Task<string> SaveAsync(string key, string json, DateTimeOffset expires, string? expectedETag, CancellationToken cancellationToken);

    protected abstract Task RemoveAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes every expired item; returns how many.</summary>
    public abstract Task<int> PurgeExpiredAsync(CancellationToken cancellationToken);

    /// <summary>Creates what the store needs (table, container) and checks it answers; throws when it cannot.</summary>
    public abstract Task CheckAsync(CancellationToken cancellationToken);

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var key in keys.Distinct())
        {
            var item = await Guard(() => LoadAsync(key, cancellationToken)).ConfigureAwait(false);
            if (item is null) continue;
            if (item.Expires <= Clock.GetUtcNow())
            {
                await Guard(() => RemoveAsync(key, cancellationToken)).ConfigureAwait(false);
                continue;
            }
            var value = JObject.Parse(item.Json);
            value[ETagProperty] = item.ETag;
            result[key] = value;
        }
        return result;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var (key, value) in changes)
        {
            var json = JObject.FromObject(value, Serializer);
            var expected = value is IStoreItem storeItem ? storeItem.ETag : json.Value<string>(ETagProperty);
            json.Remove(ETagProperty);
            var condition = string.IsNullOrEmpty(expected) || expected == "*" ? null : expected;
            var text = json.ToString(Formatting.None);
            var lifetime = value is ILongLivedStoreItem longLived ? longLived.KeepFor : timeToLive;
            var etag = await Guard(() => SaveAsync(key, text, Clock.GetUtcNow().Add(lifetime), condition, cancellationToken)).ConfigureAwait(false);
            if (value is IStoreItem written) written.ETag = etag;
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys) await Guard(() => RemoveAsync(key, cancellationToken)).ConfigureAwait(false);
    }

    private async Task<T> Guard<T>(Func<Task<T>> operation)
    {
        try
        {
            return await operation().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (StorageConflictException or StorageUnavailableException or OperationCanceledException))
        {
            throw new StorageUnavailableException($"The state store ({Description}) failed: {e.GetType().Name}", e);
        }
    }

    private Task Guard(Func<Task> operation) => Guard(async () =>
    {
        await operation().ConfigureAwait(false);
        return true;
    });
}

/// <summary>An item kept longer than conversation state (the admins' daily counts): it expires this long after its last write.</summary>
public interface ILongLivedStoreItem : IStoreItem
{
    [JsonIgnore]
    TimeSpan KeepFor { get; }
}
