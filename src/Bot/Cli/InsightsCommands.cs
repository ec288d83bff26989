using System.Globalization;
using AwarenessBot.Analytics;
using AwarenessBot.Storage;
using Newtonsoft.Json;

namespace AwarenessBot.Cli;

/// <summary>
/// <c>insights [--days 30] [--json]</c>: what people asked, day counts added up, from the configured state store
/// (every instance's counts); and <c>content unanswered</c>, the questions with no answer, from the same place.
/// </summary>
public static class InsightsCommands
{
    public const string Usage = "usage: insights [--days 30] [--json]";

    public static async Task<int> RunAsync(string[] args, InsightsRecorder insights, TextWriter output, TextWriter error)
    {
        if (!TryDays(args, out var days)) return Fail(error, Usage);
        var report = await ReportAsync(insights, days, error);
        if (report is null) return 1;
        if (args.Contains("--json"))
        {
            output.WriteLine(report.ToJson().ToString(Formatting.Indented));
            return 0;
        }
        output.WriteLine($"Insights {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd} (UTC days)");
        Table(output, "Answered, by topic", report.ByDetail(InsightsCount.Answer));
        Table(output, "\"Did you mean\" choices, by topic", report.ByDetail(InsightsCount.DidYouMeanChosen));
        output.WriteLine();
        output.WriteLine($"\"Did you mean\" offered  {report.Total(InsightsCount.DidYouMean),8}");
        output.WriteLine($"No answer (fallback)    {report.Total(InsightsCount.Fallback),8}");
        Table(output, "Messages, by safety tier", report.ByDetail(InsightsCount.Safety));
        Table(output, "Messages, by channel", By(report, c => c.Channel));
        Table(output, "Messages, by language", By(report, c => c.Language));
        Table(output, "Messages, by audience", By(report, c => c.Audience));
        output.WriteLine();
        output.WriteLine($"Unanswered questions asked in at least three conversations: {report.Unanswered.Count} (content unanswered lists them)");
        return 0;
    }

    public static async Task<int> UnansweredAsync(string[] args, InsightsRecorder insights, TextWriter output, TextWriter error)
    {
        if (!TryDays(args, out var days)) return Fail(error, "usage: content unanswered [--top 20] [--days 30] [--language en|es]");
        var top = int.TryParse(CliOptions.Value(args, "--top"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 20;
        var language = CliOptions.Value(args, "--language")?.ToLowerInvariant();
        var report = await ReportAsync(insights, days, error);
        if (report is null) return 1;
        var entries = report.Unanswered.Where(q => language is null || q.Language == language).Take(top).ToList();
        if (entries.Count == 0)
        {
            output.WriteLine("No unanswered questions asked in at least three conversations.");
            return 0;
        }
        output.WriteLine($"{"times",5}  {"lang",4}  question (personal details masked)");
        foreach (var entry in entries) output.WriteLine($"{entry.Count,5}  {entry.Language,4}  {entry.Question}");
        return 0;
    }

    private static async Task<InsightsReport?> ReportAsync(InsightsRecorder insights, int days, TextWriter error)
    {
        try
        {
            return await insights.ReportAsync(days);
        }
        catch (StorageUnavailableException e)
        {
            await error.WriteLineAsync($"Could not read the counts: {e.Message}");
            await error.WriteLineAsync("A SQLite state store belongs to the running bot: stop it first, or ask the bot itself: " +
                "curl -H \"X-Admin-Key: <Admin:Key>\" http://<bot>/admin/insights?days=30");
            return null;
        }
    }

    private static IReadOnlyList<(string, long)> By(InsightsReport report, Func<InsightsCount, string> part) =>
        report.Counts.Where(c => c.Count.Kind == InsightsCount.Safety).GroupBy(c => part(c.Count)).Select(g => (g.Key, g.Sum(c => c.Total))).OrderByDescending(g => g.Item2).ToList();

    private static void Table(TextWriter output, string title, IReadOnlyList<(string Detail, long Total)> rows)
    {
        output.WriteLine();
        output.WriteLine(title);
        if (rows.Count == 0) output.WriteLine("  (none)");
        foreach (var (detail, total) in rows) output.WriteLine($"  {detail,-32} {total,8}");
    }

    private static bool TryDays(string[] args, out int days)
    {
        var value = CliOptions.Value(args, "--days");
        days = 30;
        return value is null || (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out days) && days is > 0 and <= 400);
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
