using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Tests.Bot;

/// <summary>A store that is down: every call throws, as a real one does when its server is unreachable.</summary>
internal sealed class FailingStorage : IStorage
{
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => throw new IOException("storage is down");
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => throw new IOException("storage is down");
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => throw new IOException("storage is down");
}

/// <summary>Content that cannot be loaded.</summary>
internal sealed class FailingContentProvider : IContentProvider
{
    public ContentSet Current => throw new IOException("content folder is unreadable");
}
