using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.Storage;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Tests.Bot;

/// <summary>A store that is down: every call throws, as the bot's stores do when their server is unreachable.</summary>
internal sealed class FailingStorage : IStorage
{
    private static StorageUnavailableException Down() => new("The state store (test) failed: IOException", new IOException("storage is down"));
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => throw Down();
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => throw Down();
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => throw Down();
}

/// <summary>Content that cannot be loaded.</summary>
internal sealed class FailingContentProvider : IContentProvider
{
    public ContentLibrary Library => throw new IOException("content folder is unreadable");
}

/// <summary>Content read while the client goes away: the turn is cancelled, as when a browser closes mid-request.</summary>
internal sealed class CancellingContentProvider : IContentProvider
{
    public ContentLibrary Library => throw new OperationCanceledException("the client went away");
}
