using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace AwarenessBot.DirectLine;

/// <summary>
/// Requests per conversation per minute, counted only once the request's token has been checked, so
/// nobody can use up someone else's allowance with a made-up token for their conversation id.
/// </summary>
public sealed class DirectLineRequestLimiter(IOptions<DirectLineOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(conversationId =>
        RateLimitPartition.GetFixedWindowLimiter(conversationId, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.RequestsPerConversationPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public bool TryAcquire(DirectLineConversation conversation)
    {
        using var lease = _limiter.AttemptAcquire(conversation.Id);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
