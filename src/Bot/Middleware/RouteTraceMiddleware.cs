using AwarenessBot.Routing;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Middleware;

/// <summary>
/// Sends the "Route" trace at the end of each message turn. Trace activities reach only the
/// Emulator and expectReplies callers; users never see them.
/// </summary>
public sealed class RouteTraceMiddleware : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var route = RouteInfo.Of(turnContext);
        await next(cancellationToken).ConfigureAwait(false);
        if (turnContext.Activity.Type != ActivityTypes.Message) return;
        var trace = turnContext.Activity.CreateTrace(RouteInfo.TraceName, route.ToJson(), RouteInfo.TraceValueType, RouteInfo.TraceLabel);
        await turnContext.SendActivityAsync(trace, cancellationToken).ConfigureAwait(false);
    }
}
