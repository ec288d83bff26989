using System.Text.Json;
using AwarenessBot.Content.Loading;
using AwarenessBot.Hosting;
using AwarenessBot.Safety;
using AwarenessBot.Logging;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Analytics;

/// <summary>
/// Counts the questions the bot could not answer, so admins can see what content to add
/// (<c>content unanswered</c>). Only the question is kept, with phone numbers, e-mails, URLs
/// and IPs masked, its language and a count: no user, conversation, channel or time. Counted in memory, so a
/// turn never waits on the disk; written to a small JSON file in the data folder (replaced
/// atomically) every few seconds when something changed, and when the bot stops.
/// </summary>
public sealed class UnansweredLog : IDisposable
{
    /// <summary>Questions longer than this are cut; the start says enough about what was missing.</summary>
    public const int MaxQuestionLength = 200;
    /// <summary>Distinct questions kept at most; the rarest go first.</summary>
    public const int MaxEntries = 2000;
    private static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(5);
    private static readonly JsonSerializerOptions FileFormat = new() { WriteIndented = true };

    private readonly ILogger<UnansweredLog> _logger;
    private readonly string _folder;
    private readonly string _filePath;
    private readonly Lock _lock = new();
    private readonly Timer _writer;
    private Dictionary<(Language Language, string Question), int>? _counts;
    private bool _changed;

    public UnansweredLog(IOptions<DataOptions> options, ILogger<UnansweredLog> logger)
    {
        _logger = logger;
        _folder = options.Value.ResolvedPath;
        _filePath = Path.Combine(_folder, "unanswered-questions.json");
        _writer = new Timer(_ => Flush(), null, WriteInterval, WriteInterval);
    }

    public sealed record Entry(string Question, Language Language, int Count);

    public void Record(string question, Language language = Language.English)
    {
        var masked = Clean(PiiMasker.Mask(question));
        if (masked.Length == 0) return;
        lock (_lock)
        {
            var counts = Counts();
            counts[(language, masked)] = counts.GetValueOrDefault((language, masked)) + 1;
            if (counts.Count > MaxEntries)
                _counts = counts.OrderByDescending(c => c.Value).Take(MaxEntries).ToDictionary(c => c.Key, c => c.Value);
            _changed = true;
        }
    }

    /// <summary>The most asked unanswered questions, in one language or (null) all.</summary>
    public IReadOnlyList<Entry> Top(int count, Language? language = null)
    {
        lock (_lock)
            return Counts().Where(c => language is null || c.Key.Language == language)
                .OrderByDescending(c => c.Value).ThenBy(c => c.Key.Question, StringComparer.Ordinal).Take(count)
                .Select(c => new Entry(c.Key.Question, c.Key.Language, c.Value)).ToList();
    }

    /// <summary>Writes the counts to the file if they changed since the last write.</summary>
    public void Flush()
    {
        lock (_lock)
        {
            if (!_changed || _counts is null) return;
            try
            {
                Directory.CreateDirectory(_folder);
                var temporary = _filePath + ".tmp";
                // { "en": { "question": count }, "es": { ... } }
                var byLanguage = _counts.GroupBy(c => ContentLibraryLoader.FolderOf(c.Key.Language))
                    .ToDictionary(g => g.Key, g => g.ToDictionary(c => c.Key.Question, c => c.Value, StringComparer.Ordinal));
                File.WriteAllText(temporary, JsonSerializer.Serialize(byLanguage, FileFormat));
                File.Move(temporary, _filePath, overwrite: true);
                _changed = false;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Analytics must never cost the user an answer; the counts stay in memory for the next try.
                _logger.LogWarning("Could not save the unanswered questions: {ExceptionType}", e.GetType().Name);
            }
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        Flush();
    }

    private static string Clean(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxQuestionLength ? collapsed : collapsed[..MaxQuestionLength] + "…";
    }

    /// <summary>The counts, read from the file the first time they are needed (the caller holds the lock).</summary>
    private Dictionary<(Language Language, string Question), int> Counts()
    {
        if (_counts is not null) return _counts;
        try
        {
            if (File.Exists(_filePath)) return _counts = Read(File.ReadAllText(_filePath));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Keep the damaged file for a person to look at rather than overwrite it.
            _logger.LogWarning("The unanswered questions file is damaged; kept as {File}.damaged, counting afresh", _filePath);
            TryMove(_filePath, _filePath + ".damaged");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not read the unanswered questions; counting afresh: {ExceptionType}", e.GetType().Name);
        }
        return _counts = [];
    }

    /// <summary>Reads the file: counts per language, or (as older versions wrote it) English counts alone.</summary>
    private static Dictionary<(Language, string), int> Read(string json)
    {
        var counts = new Dictionary<(Language, string), int>();
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Number) counts[(Language.English, property.Name)] = property.Value.GetInt32();
            else
            {
                var language = property.Name == ContentLibraryLoader.FolderOf(Language.Spanish) ? Language.Spanish : Language.English;
                foreach (var question in property.Value.EnumerateObject()) counts[(language, question.Name)] = question.Value.GetInt32();
            }
        }
        return counts;
    }

    private static void TryMove(string from, string to)
    {
        try { File.Move(from, to, overwrite: true); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
