using AwarenessBot.Middleware;
using AwarenessBot.Safety.Guard;
using AwarenessBot.Telemetry;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Hosting;

/// <summary>
/// The middleware every adapter runs, in order (docs/architecture.md, "A message's path"). Telemetry
/// wraps everything, so every turn is counted. Missing fields are filled in before anything reads
/// them; a turn waits for the conversation's previous one before anything loads its state (a crisis
/// message never waits). The hotline footer applies even to a turn the safety guard ends; the route
/// trace wraps the turn; state is saved once, after everything inside it; the safety guard reads the
/// message for the turn, before retries are dropped, logging, dialogs or matching.
/// </summary>
public sealed class BotPipeline(TurnTelemetryMiddleware telemetry, ActivityDefaultsMiddleware defaults, OneTurnAtATimeMiddleware queue, HotlineFooterMiddleware hotline,
    RouteTraceMiddleware trace, SaveStateMiddleware state, SafetyGuardMiddleware safety, DuplicateActivityMiddleware duplicates, PiiSafeLoggingMiddleware logging)
{
    public void ApplyTo(BotAdapter adapter)
    {
        adapter.Use(telemetry);
        adapter.Use(defaults);
        adapter.Use(queue);
        adapter.Use(hotline);
        adapter.Use(trace);
        adapter.Use(state);
        adapter.Use(safety);
        adapter.Use(duplicates);
        adapter.Use(logging);
    }
}
