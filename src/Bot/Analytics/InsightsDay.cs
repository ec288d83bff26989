using AwarenessBot.Storage;
using Newtonsoft.Json;

namespace AwarenessBot.Analytics;

/// <summary>
/// One day's counts, one item per day in the state store ("insights/2026-11-30"), so every instance adds to the
/// same numbers. Nothing in it identifies a person: counts by channel, language, audience and topic, and the
/// unanswered questions masked, each with at most a few one-way hashes of the conversations that asked it
/// (to count them, never to find them).
/// </summary>
public sealed class InsightsDay : ILongLivedStoreItem
{
    public const string KeyPrefix = "insights/";

    /// <summary>"kind|channel|language|audience|detail" -> count (<see cref="InsightsCount"/>).</summary>
    public Dictionary<string, long> Counts { get; set; } = [];

    /// <summary>"language|question" -> how often, and by how many conversations.</summary>
    public Dictionary<string, UnansweredQuestion> Unanswered { get; set; } = [];

    [JsonProperty("eTag")]
    public string? ETag { get; set; }

    [JsonIgnore]
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(400);

    public static string KeyOf(DateOnly day) => KeyPrefix + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class UnansweredQuestion
{
    public string Language { get; set; } = "en";
    public string Question { get; set; } = "";
    public long Count { get; set; }
    /// <summary>Short one-way hashes of the conversations that asked, at most <see cref="InsightsRecorder.ConversationsKept"/> a day.</summary>
    public List<string> Conversations { get; set; } = [];
    /// <summary>Counted before conversations were (the old unanswered file): shown once its count reaches the threshold.</summary>
    public bool Migrated { get; set; }
}

/// <summary>One counted thing. Every part comes from a small fixed set (the topic id from the content).</summary>
public sealed record InsightsCount(string Kind, string Channel, string Language, string Audience, string Detail = "")
{
    public const string Answer = "answer";
    public const string Fallback = "fallback";
    public const string DidYouMean = "did-you-mean";
    public const string DidYouMeanChosen = "did-you-mean-chosen";
    public const string Safety = "safety";

    public string Key => string.Join('|', Kind, Channel, Language, Audience, Detail);

    public static InsightsCount? Parse(string key) =>
        key.Split('|') is [var kind, var channel, var language, var audience, var detail] ? new(kind, channel, language, audience, detail) : null;
}
