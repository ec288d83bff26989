using AwarenessBot.Safety.Turn;
using AwarenessBot.Logging;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace AwarenessBot.Middleware;

/// <summary>
/// Logs each incoming activity without personal data: its type, channel and length always,
/// and its text only at Debug level and only with phone numbers, e-mails, URLs and IPs masked.
/// </summary>
public sealed class PiiSafeLoggingMiddleware(ILogger<PiiSafeLoggingMiddleware> logger) : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var text = TurnInput.TextOf(turnContext);
        logger.LogInformation("Incoming {Type} on {Channel} ({Length} characters)", activity.Type, activity.ChannelId, text.Length);
        if (logger.IsEnabled(LogLevel.Debug) && text.Length > 0)
            logger.LogDebug("Incoming text (PII masked): {MaskedText}", PiiMasker.Mask(text));
        return next(cancellationToken);
    }
}
