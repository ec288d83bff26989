using System.Diagnostics;
using System.Diagnostics.Metrics;
using AwarenessBot.Routing;

namespace AwarenessBot.Telemetry;

/// <summary>
/// The bot's own OpenTelemetry instruments (meter and activity source "AwarenessBot"). Every tag has a small,
/// fixed set of values: channel, language, topic id, safety tier, outcome. Never message text, user or
/// conversation ids, or anything else that could identify a person.
/// </summary>
public sealed class BotMetrics
{
    public const string Name = "AwarenessBot";

    /// <summary>The span per turn ("bot.turn"), a child of the HTTP request's span.</summary>
    public static readonly ActivitySource Source = new(Name);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _answers;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _didYouMeanShown;
    private readonly Counter<long> _didYouMeanChosen;
    private readonly Counter<long> _safety;
    private readonly Counter<long> _storageErrors;
    private readonly Counter<long> _writeRaces;
    private readonly Counter<long> _contentReloads;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _turns = meter.CreateCounter<long>("awarenessbot.turns", "{turn}", "Turns, by channel and language");
        _turnDuration = meter.CreateHistogram<double>("awarenessbot.turn.duration", "s", "How long a turn took, by channel and language",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _answers = meter.CreateCounter<long>("awarenessbot.answers", "{answer}", "Questions answered, by topic id");
        _fallbacks = meter.CreateCounter<long>("awarenessbot.fallbacks", "{fallback}", "Questions the bot had no answer for");
        _didYouMeanShown = meter.CreateCounter<long>("awarenessbot.did_you_mean.shown", "{offer}", "\"Did you mean\" offers");
        _didYouMeanChosen = meter.CreateCounter<long>("awarenessbot.did_you_mean.chosen", "{choice}", "\"Did you mean\" offers answered with a topic, by topic id");
        _safety = meter.CreateCounter<long>("awarenessbot.safety", "{message}", "Messages by safety tier (crisis, check-in, none)");
        _storageErrors = meter.CreateCounter<long>("awarenessbot.storage.errors", "{error}", "Turns the state store failed");
        _writeRaces = meter.CreateCounter<long>("awarenessbot.storage.write_races", "{race}", "Turns that lost a state write race to another turn");
        _contentReloads = meter.CreateCounter<long>("awarenessbot.content.reloads", "{reload}", "Content reloads, by result (published, failed)");
    }

    public void Turn(TurnTags tags, TimeSpan duration)
    {
        var common = tags.Common;
        _turns.Add(1, common);
        _turnDuration.Record(duration.TotalSeconds, common);
        if (tags.Safety is { } safety) _safety.Add(1, new KeyValuePair<string, object?>(TurnTags.SafetyTag, safety), common[1]);
        switch (tags.Outcome)
        {
            case TurnOutcome.Answer:
                _answers.Add(1, new KeyValuePair<string, object?>(TurnTags.TopicTag, tags.Topic), common[1]);
                break;
            case TurnOutcome.DidYouMeanChosen:
                _didYouMeanChosen.Add(1, new KeyValuePair<string, object?>(TurnTags.TopicTag, tags.Topic), common[1]);
                _answers.Add(1, new KeyValuePair<string, object?>(TurnTags.TopicTag, tags.Topic), common[1]);
                break;
            case TurnOutcome.DidYouMean:
                _didYouMeanShown.Add(1, common[1]);
                break;
            case TurnOutcome.Fallback:
                _fallbacks.Add(1, common[1]);
                break;
        }
    }

    public void StorageError() => _storageErrors.Add(1);
    public void WriteRace() => _writeRaces.Add(1);
    public void ContentReload(bool published) => _contentReloads.Add(1, new KeyValuePair<string, object?>("result", published ? "published" : "failed"));
}
