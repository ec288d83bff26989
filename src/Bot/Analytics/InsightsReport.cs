using System.Globalization;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Analytics;

/// <summary>Several days' counts added up, for the <c>insights</c> command and <c>content unanswered</c>.</summary>
public sealed record InsightsReport(DateOnly From, DateOnly To, IReadOnlyList<(InsightsCount Count, long Total)> Counts, IReadOnlyList<UnansweredSummary> Unanswered)
{
    public static InsightsReport Build(DateOnly from, DateOnly to, IReadOnlyList<(DateOnly Day, InsightsDay Counts)> days, int minConversations)
    {
        var counts = days.SelectMany(d => d.Counts.Counts)
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g => (Count: InsightsCount.Parse(g.Key), Total: g.Sum(c => c.Value)))
            .Where(c => c.Count is not null)
            .Select(c => (c.Count!, c.Total))
            .OrderBy(c => c.Item1.Kind, StringComparer.Ordinal).ThenByDescending(c => c.Total)
            .ToList();
        var unanswered = days.SelectMany(d => d.Counts.Unanswered.Values)
            .GroupBy(q => (q.Language, q.Question))
            .Select(g => new UnansweredSummary(g.Key.Question, g.Key.Language, g.Sum(q => q.Count),
                g.SelectMany(q => q.Conversations).Distinct(StringComparer.Ordinal).Count(), g.Any(q => q.Migrated)))
            // Asked in fewer conversations than that, a question could point at the student who asked it.
            .Where(q => q.Conversations >= minConversations || (q.Migrated && q.Count >= minConversations))
            .OrderByDescending(q => q.Count).ThenBy(q => q.Question, StringComparer.Ordinal)
            .ToList();
        return new(from, to, counts, unanswered);
    }

    /// <summary>The total of one kind, per detail (a topic, a tier), across channels, languages and audiences.</summary>
    public IReadOnlyList<(string Detail, long Total)> ByDetail(string kind) =>
        Counts.Where(c => c.Count.Kind == kind).GroupBy(c => c.Count.Detail).Select(g => (g.Key, g.Sum(c => c.Total))).OrderByDescending(g => g.Item2).ToList();

    public long Total(string kind) => Counts.Where(c => c.Count.Kind == kind).Sum(c => c.Total);

    /// <summary>The report as JSON, for scripts and the /admin/insights endpoint.</summary>
    public JObject ToJson() => new()
    {
        ["from"] = From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["counts"] = new JArray(Counts.Select(c => new JObject
        {
            ["kind"] = c.Count.Kind, ["channel"] = c.Count.Channel, ["language"] = c.Count.Language,
            ["audience"] = c.Count.Audience, ["detail"] = c.Count.Detail, ["total"] = c.Total,
        })),
        ["unanswered"] = new JArray(Unanswered.Select(q => new JObject
        {
            ["question"] = q.Question, ["language"] = q.Language, ["count"] = q.Count,
        })),
    };
}

public sealed record UnansweredSummary(string Question, string Language, long Count, int Conversations, bool Migrated);
