using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace AwarenessBot.DirectLine;

/// <summary>The embedded Direct Line conversations in memory, dropped once idle for the state's time to live.</summary>
public sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    public int Count => _conversations.Count;

    /// <summary>A new conversation, or null when the store is full.</summary>
    public DirectLineConversation? Create(string userId)
    {
        if (_conversations.Count >= options.Value.MaxConversations) return null;
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var conversation = new DirectLineConversation(id, userId, clock.GetUtcNow());
        _conversations[id] = conversation;
        return conversation;
    }

    public DirectLineConversation? Find(string id) => _conversations.GetValueOrDefault(id);

    public void Remove(string id) => _conversations.TryRemove(id, out _);

    /// <summary>Drops every conversation idle longer than the configured time; returns how many.</summary>
    public int RemoveIdle()
    {
        var cutoff = clock.GetUtcNow().AddHours(-options.Value.IdleHours);
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
            if (conversation.LastActive < cutoff && _conversations.TryRemove(id, out _)) removed++;
        return removed;
    }
}

/// <summary>Runs <see cref="DirectLineConversationStore.RemoveIdle"/> every few minutes.</summary>
public sealed class DirectLineJanitor(DirectLineConversationStore store, ILogger<DirectLineJanitor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var removed = store.RemoveIdle();
            if (removed > 0) logger.LogInformation("Dropped {Count} idle web chat conversations", removed);
        }
    }
}
