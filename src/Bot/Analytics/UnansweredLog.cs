using System.Text.Json;
using AwarenessBot.Hosting;
using AwarenessBot.Logging;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Analytics;

/// <summary>
/// Counts the questions the bot could not answer, so admins can see what content to add
/// (<c>content unanswered</c>). Only the question is kept, with phone numbers, e-mails, URLs
/// and IPs masked, and a count: no user, conversation, channel or time. Stored as a small JSON
/// file in the data folder, replaced atomically on each write.
/// </summary>
public sealed class UnansweredLog(IOptions<DataOptions> options, ILogger<UnansweredLog> logger)
{
    /// <summary>Questions longer than this are cut; the start says enough about what was missing.</summary>
    public const int MaxQuestionLength = 200;
    /// <summary>Distinct questions kept at most; the rarest go first.</summary>
    public const int MaxEntries = 2000;

    private readonly Lock _lock = new();
    private string FilePath => Path.Combine(options.Value.ResolvedPath, "unanswered-questions.json");

    public sealed record Entry(string Question, int Count);

    public void Record(string question)
    {
        var masked = Clean(PiiMasker.Mask(question));
        if (masked.Length == 0) return;
        lock (_lock)
        {
            try
            {
                var counts = Read();
                counts[masked] = counts.GetValueOrDefault(masked) + 1;
                if (counts.Count > MaxEntries)
                    counts = counts.OrderByDescending(c => c.Value).Take(MaxEntries).ToDictionary(c => c.Key, c => c.Value);
                Write(counts);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                // Analytics must never cost the user an answer.
                logger.LogWarning("Could not record an unanswered question: {ExceptionType}", e.GetType().Name);
            }
        }
    }

    public IReadOnlyList<Entry> Top(int count)
    {
        lock (_lock)
            return Read().OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(count).Select(c => new Entry(c.Key, c.Value)).ToList();
    }

    private static string Clean(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxQuestionLength ? collapsed : collapsed[..MaxQuestionLength] + "…";
    }

    private Dictionary<string, int> Read()
    {
        if (!File.Exists(FilePath)) return new(StringComparer.Ordinal);
        using var stream = File.OpenRead(FilePath);
        return JsonSerializer.Deserialize<Dictionary<string, int>>(stream) ?? new(StringComparer.Ordinal);
    }

    private void Write(Dictionary<string, int> counts)
    {
        Directory.CreateDirectory(options.Value.ResolvedPath);
        var temporary = FilePath + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(counts, new JsonSerializerOptions { WriteIndented = true }));
        File.Move(temporary, FilePath, overwrite: true);
    }
}
