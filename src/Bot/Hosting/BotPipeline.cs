using AwarenessBot.Middleware;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Hosting;

/// <summary>
/// The middleware every adapter runs, in order. The hotline footer is registered first so it
/// applies even to a turn the safety guard ends; the route trace wraps the turn; the safety
/// guard is the first to read the message, before retries are dropped, logging, dialogs or matching.
/// </summary>
public sealed class BotPipeline(HotlineFooterMiddleware hotline, RouteTraceMiddleware trace, SafetyGuardMiddleware safety,
    DuplicateActivityMiddleware duplicates, PiiSafeLoggingMiddleware logging)
{
    public void ApplyTo(BotAdapter adapter)
    {
        adapter.Use(hotline);
        adapter.Use(trace);
        adapter.Use(safety);
        adapter.Use(duplicates);
        adapter.Use(logging);
    }
}
