using System.Diagnostics;
using AwarenessBot.Analytics;
using AwarenessBot.Dialogs.Awareness;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace AwarenessBot.Telemetry;

/// <summary>
/// A span per turn, the turn's metrics (<see cref="BotMetrics"/>) and the admins' daily counts
/// (<see cref="InsightsRecorder"/>), tagged once the turn has been handled. First in the pipeline, so a turn
/// that throws is counted and its span marked as an error.
/// </summary>
public sealed class TurnTelemetryMiddleware(BotMetrics metrics, InsightsRecorder insights, BotMemory memory) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        using var span = BotMetrics.Source.StartActivity("bot.turn");
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            span?.SetStatus(ActivityStatusCode.Error);
            span?.SetTag("error.type", e.GetType().FullName);
            throw;
        }
        finally
        {
            Record(turnContext, span, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Counting a turn must never cost it: whatever goes wrong here is dropped.</summary>
    private void Record(ITurnContext turnContext, Activity? span, TimeSpan duration)
    {
        try
        {
            var tags = TurnTags.Of(turnContext);
            metrics.Turn(tags, duration);
            if (tags.Safety is not null)
                foreach (var count in tags.InsightsCounts(memory.AudienceIfLoaded(turnContext))) insights.Count(count);
            if (span is null) return;
            foreach (var tag in tags.Common) span.SetTag(tag.Key, tag.Value);
            span.SetTag(TurnTags.SafetyTag, tags.Safety);
            span.SetTag(TurnTags.OutcomeTag, tags.Outcome?.ToString());
            span.SetTag(TurnTags.TopicTag, tags.Topic);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            span?.SetTag("awarenessbot.telemetry_error", e.GetType().Name);
        }
    }
}
