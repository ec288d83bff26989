using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace AwarenessBot.Middleware;

/// <summary>
/// Fills in what a client may leave out but the bot needs: state is keyed by channel, so an activity
/// without a channel id is treated as from an unknown channel rather than failing the turn.
/// </summary>
public sealed class ActivityDefaultsMiddleware : IMiddleware
{
    public const string UnknownChannel = "unknown";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(turnContext.Activity.ChannelId)) turnContext.Activity.ChannelId = UnknownChannel;
        return next(cancellationToken);
    }
}
