using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace AwarenessBot.DirectLine;

/// <summary>
/// The embedded Direct Line conversations in memory. Bounded three ways, so nobody can exhaust memory or
/// lock newcomers out: a token that was never used holds its slot for minutes, an idle conversation
/// for an hour; when the store is full or over its memory budget, the least recently used go first.
/// </summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _creating = new();

    public int Count => _conversations.Count;

    /// <summary>A new conversation; when the store is full, the least recently used one makes room.</summary>
    public DirectLineConversation Create(string userId)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var conversation = new DirectLineConversation(id, userId, clock.GetUtcNow(), options.Value.Limits);
        lock (_creating)
        {
            while (_conversations.Count >= Math.Max(1, options.Value.MaxConversations) && RemoveLeastRecentlyUsed()) { }
            _conversations[id] = conversation;
        }
        return conversation;
    }

    public DirectLineConversation? Find(string id) => _conversations.GetValueOrDefault(id);

    public void Remove(string id) => _conversations.TryRemove(id, out _);

    /// <summary>Drops never-started and idle conversations, then the least recently used while over the memory budget; returns how many.</summary>
    public int RemoveIdle()
    {
        var now = clock.GetUtcNow();
        var unstartedCutoff = now.AddMinutes(-options.Value.UnstartedMinutes);
        var idleCutoff = now.AddMinutes(-options.Value.IdleMinutes);
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
            if ((conversation.LastActive < idleCutoff || (!conversation.Started && conversation.LastActive < unstartedCutoff)) && _conversations.TryRemove(id, out _))
                removed++;
        var budget = (long)options.Value.MemoryBudgetMegabytes * 1024 * 1024;
        var bytes = _conversations.Values.Sum(c => c.Bytes);
        while (bytes > budget && _conversations.Values.MinBy(c => c.LastActive) is { } oldest && _conversations.TryRemove(oldest.Id, out _))
        {
            bytes -= oldest.Bytes;
            removed++;
        }
        return removed;
    }

    private bool RemoveLeastRecentlyUsed() =>
        _conversations.Values.MinBy(c => (c.Started, c.LastActive)) is { } oldest && _conversations.TryRemove(oldest.Id, out _);
}

/// <summary>Runs <see cref="DirectLineConversationStore.RemoveIdle"/> every minute.</summary>
public sealed class DirectLineJanitor(DirectLineConversationStore store, ILogger<DirectLineJanitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var removed = store.RemoveIdle();
            if (removed > 0) logger.LogInformation("Dropped {Count} idle web chat conversations", removed);
        }
    }
}
