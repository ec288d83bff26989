using Microsoft.Bot.Builder;
using Microsoft.Extensions.Caching.Memory;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace AwarenessBot.Middleware;

/// <summary>
/// Teams retries a request it got no answer to within 15 seconds; the retry carries the same
/// activity id. A retried activity is dropped, so it never gets a second answer. It sits after
/// the crisis guard: a retried crisis message still gets the emergency response, twice at worst.
/// </summary>
public sealed class DuplicateActivityMiddleware(IMemoryCache seen, ILogger<DuplicateActivityMiddleware> logger) : IMiddleware
{
    private static readonly TimeSpan Remember = TimeSpan.FromMinutes(10);

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (string.IsNullOrEmpty(activity.Id)) return next(cancellationToken);
        var key = $"activity:{activity.ChannelId}:{activity.Conversation?.Id}:{activity.Id}";
        var first = false;
        seen.GetOrCreate(key, entry =>
        {
            first = true;
            entry.AbsoluteExpirationRelativeToNow = Remember;
            entry.Size = 1;
            return true;
        });
        if (first) return next(cancellationToken);
        logger.LogInformation("Ignored a repeated {Type} activity on {Channel} (a channel retry)", activity.Type, activity.ChannelId);
        return Task.CompletedTask;
    }
}
