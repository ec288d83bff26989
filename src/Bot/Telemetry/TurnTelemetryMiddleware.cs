using System.Diagnostics;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace AwarenessBot.Telemetry;

/// <summary>
/// A span per turn and the turn's counts (<see cref="BotMetrics"/>), tagged once the turn has been
/// handled. First in the pipeline, so a turn that throws is counted and its span marked as an error.
/// </summary>
public sealed class TurnTelemetryMiddleware(BotMetrics metrics) : IMiddleware
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
            var tags = TurnTags.Of(turnContext);
            metrics.Turn(tags, Stopwatch.GetElapsedTime(started));
            if (span is not null)
            {
                foreach (var tag in tags.Common) span.SetTag(tag.Key, tag.Value);
                span.SetTag(TurnTags.SafetyTag, tags.Safety);
                span.SetTag(TurnTags.OutcomeTag, tags.Outcome?.ToString());
                span.SetTag(TurnTags.TopicTag, tags.Topic);
            }
        }
    }
}
