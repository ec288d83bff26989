using AwarenessBot.Analytics;
using AwarenessBot.Content.Model;
using AwarenessBot.Routing;
using AwarenessBot.Safety;
using AwarenessBot.Safety.Turn;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Telemetry;

/// <summary>What a turn's telemetry may say about it: only values from small fixed sets.</summary>
public sealed record TurnTags(string Channel, string Language, string? Safety, TurnOutcome? Outcome, string? Topic)
{
    public const string ChannelTag = "awarenessbot.channel";
    public const string LanguageTag = "awarenessbot.language";
    public const string SafetyTag = "awarenessbot.safety";
    public const string TopicTag = "awarenessbot.topic";
    public const string OutcomeTag = "awarenessbot.outcome";

    /// <summary>Channels we know; any other id (anyone can send one in anonymous mode) is "other", so tags stay few.</summary>
    private static readonly HashSet<string> KnownChannels = new(StringComparer.Ordinal) { Channels.Msteams, Channels.Directline, Channels.Webchat, Channels.Emulator, Channels.Test, "console" };

    public KeyValuePair<string, object?>[] Common => [new(ChannelTag, Channel), new(LanguageTag, Language)];

    /// <summary>What the admins' daily counts take from a message turn: its safety tier, and what became of the question.</summary>
    public IEnumerable<InsightsCount> InsightsCounts(Audience audience)
    {
        if (Safety is null) yield break;
        var who = audience.ToString().ToLowerInvariant();
        yield return new(InsightsCount.Safety, Channel, Language, who, Safety);
        var kind = Outcome switch
        {
            TurnOutcome.Answer => InsightsCount.Answer,
            TurnOutcome.DidYouMean => InsightsCount.DidYouMean,
            TurnOutcome.DidYouMeanChosen => InsightsCount.DidYouMeanChosen,
            TurnOutcome.Fallback => InsightsCount.Fallback,
            _ => null,
        };
        if (kind is not null) yield return new(kind, Channel, Language, who, Topic ?? "");
    }

    public static TurnTags Of(ITurnContext turnContext)
    {
        var channel = turnContext.Activity?.ChannelId is { } id && KnownChannels.Contains(id) ? id : "other";
        var language = TurnLanguage.Of(turnContext) == AwarenessBot.Text.Language.Spanish ? "es" : "en";
        if (turnContext.Activity?.Type != ActivityTypes.Message) return new(channel, language, null, null, null);
        var route = TurnRoute.Of(turnContext);
        var outcome = route.Outcome;
        // A topic id comes from the content, never from what the user typed.
        var topic = outcome is TurnOutcome.Answer or TurnOutcome.DidYouMeanChosen ? route.Topic : null;
        return new(channel, language, (route.Safety?.Tier ?? SafetyTier.None).Name(), outcome, topic);
    }
}
