namespace AwarenessBot.Storage;

/// <summary>A write lost a race: the item changed since it was read (a stale ETag). Nothing was written.</summary>
public sealed class StorageConflictException(string key) : InvalidOperationException($"The state item '{key}' was changed by another turn.")
{
    public string Key { get; } = key;
}

/// <summary>The state store could not be reached or failed; the inner exception says why.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
