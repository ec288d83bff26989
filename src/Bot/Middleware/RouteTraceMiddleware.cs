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
        await next(cancellationToken).ConfigureAwait(false);
        if (turnContext.Activity.Type != ActivityTypes.Message) return;
        var trace = turnContext.Activity.CreateTrace(TurnRoute.TraceName, TurnRoute.Of(turnContext).ToJson(), TurnRoute.TraceValueType, TurnRoute.TraceLabel);
        await turnContext.SendActivityAsync(trace, cancellationToken).ConfigureAwait(false);
    }
}
