using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AwarenessBot.Content.Loading;
using AwarenessBot.Logging;
using AwarenessBot.Storage;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Analytics;

/// <summary>
/// Counts what admins need to improve the content (<see cref="InsightsDay"/>): in memory as turns happen, so a
/// turn never waits on the store, then added to the day's item in the configured state store every few seconds
/// (<see cref="InsightsFlushService"/>) and when the bot stops. Several instances add to the same item: a write
/// that loses the race to another instance reads the item again and retries. If the store fails, the counts
/// wait in memory for the next try; they never cost a user an answer.
/// </summary>
public sealed class InsightsRecorder : IDisposable
{
    /// <summary>Conversation hashes kept per question and day: enough to know it passed the threshold.</summary>
    public const int ConversationsKept = 3;
    /// <summary>Questions longer than this are cut; the start says enough about what was missing.</summary>
    public const int MaxQuestionLength = 200;
    /// <summary>Distinct unanswered questions kept per day; the rarest go first.</summary>
    public const int MaxQuestionsPerDay = 500;
    private const int WriteAttempts = 5;
    private const string LegacyFileName = "unanswered-questions.json";

    private readonly IStorage _storage;
    private readonly InsightsOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<InsightsRecorder> _logger;
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private Dictionary<DateOnly, InsightsDay> _pending = [];

    public InsightsRecorder(IStorage storage, IOptions<InsightsOptions> options, IOptions<DataOptions> data, ILogger<InsightsRecorder> logger, TimeProvider? clock = null)
    {
        _storage = storage;
        _options = options.Value;
        _clock = clock ?? TimeProvider.System;
        _logger = logger;
        MigrateLegacyFile(Path.Combine(data.Value.ResolvedPath, LegacyFileName));
    }

    private TimeSpan KeepFor => TimeSpan.FromDays(31 * Math.Max(1, _options.KeepMonths));
    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);

    public void Count(InsightsCount count)
    {
        lock (_lock)
        {
            var counts = PendingToday().Counts;
            counts[count.Key] = counts.GetValueOrDefault(count.Key) + 1;
        }
    }

    /// <summary>A question the bot had no answer for: masked (phone numbers, e-mails, URLs, IPs) and cut; the conversation only as a hash.</summary>
    public void Unanswered(string question, Language language, string? conversationId)
    {
        var masked = Clean(PiiMasker.Mask(question));
        if (masked.Length == 0) return;
        lock (_lock)
        {
            var entry = Entry(PendingToday(), ContentLibraryLoader.FolderOf(language), masked);
            entry.Count++;
            if (conversationId is not null) AddConversation(entry, Hash(conversationId));
        }
    }

    /// <summary>Adds what this instance counted to the store; what cannot be written now waits for the next time.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _flushing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Dictionary<DateOnly, InsightsDay> pending;
            lock (_lock) (pending, _pending) = (_pending, []);
            foreach (var (day, counted) in pending)
            {
                if (await TryAddAsync(day, counted, cancellationToken).ConfigureAwait(false)) continue;
                lock (_lock) Merge(Pending(day), counted);
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <summary>The stored days from <paramref name="from"/> to <paramref name="to"/> (days with nothing counted are left out).</summary>
    public async Task<IReadOnlyList<(DateOnly Day, InsightsDay Counts)>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1)) days.Add(day);
        var items = await _storage.ReadAsync(days.Select(InsightsDay.KeyOf).ToArray(), cancellationToken).ConfigureAwait(false);
        return days.Where(d => items.ContainsKey(InsightsDay.KeyOf(d))).Select(d => (d, AsDay(items[InsightsDay.KeyOf(d)]))).ToList();
    }

    /// <summary>The last <paramref name="days"/> days, today included, summed up.</summary>
    public async Task<InsightsReport> ReportAsync(int days, CancellationToken cancellationToken = default)
    {
        var to = Today;
        var from = to.AddDays(1 - Math.Max(1, days));
        return InsightsReport.Build(from, to, await ReadAsync(from, to, cancellationToken).ConfigureAwait(false), _options.MinConversations);
    }

    public void Dispose()
    {
        try
        {
            FlushAsync().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogWarning("Could not save the last insights counts: {ExceptionType}", e.GetType().Name);
        }
        // The semaphore is not disposed: a flush timer still ticking while the host shuts down may take it once more.
    }

    private async Task<bool> TryAddAsync(DateOnly day, InsightsDay counted, CancellationToken cancellationToken)
    {
        var key = InsightsDay.KeyOf(day);
        for (var attempt = 0; attempt < WriteAttempts; attempt++)
        {
            try
            {
                var items = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
                var stored = items.TryGetValue(key, out var item) ? AsDay(item) : new InsightsDay();
                Merge(stored, counted);
                stored.KeepFor = KeepFor;
                await _storage.WriteAsync(new Dictionary<string, object> { [key] = stored }, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (StorageConflictException)
            {
                // Another instance added its counts first: read theirs and add ours again.
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning("Could not save the insights counts; they wait for the next try: {ExceptionType}", e.GetType().Name);
                return false;
            }
        }
        return false;
    }

    private static InsightsDay AsDay(object item) => item as InsightsDay ?? JObject.FromObject(item).ToObject<InsightsDay>() ?? new InsightsDay();

    private static void Merge(InsightsDay into, InsightsDay from)
    {
        foreach (var (key, count) in from.Counts) into.Counts[key] = into.Counts.GetValueOrDefault(key) + count;
        foreach (var question in from.Unanswered.Values)
        {
            var entry = Entry(into, question.Language, question.Question);
            entry.Count += question.Count;
            entry.Migrated |= question.Migrated;
            foreach (var conversation in question.Conversations) AddConversation(entry, conversation);
        }
        if (into.Unanswered.Count > MaxQuestionsPerDay)
            into.Unanswered = into.Unanswered.OrderByDescending(q => q.Value.Count).Take(MaxQuestionsPerDay).ToDictionary(q => q.Key, q => q.Value);
    }

    private static UnansweredQuestion Entry(InsightsDay day, string language, string question)
    {
        var key = language + "|" + question;
        if (!day.Unanswered.TryGetValue(key, out var entry)) day.Unanswered[key] = entry = new UnansweredQuestion { Language = language, Question = question };
        return entry;
    }

    private static void AddConversation(UnansweredQuestion entry, string hash)
    {
        if (entry.Conversations.Count < ConversationsKept && !entry.Conversations.Contains(hash)) entry.Conversations.Add(hash);
    }

    /// <summary>A one-way, short hash: enough to tell conversations apart, useless to find one.</summary>
    private static string Hash(string conversationId) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)))[..12];

    private InsightsDay PendingToday() => Pending(Today);

    private InsightsDay Pending(DateOnly day)
    {
        if (!_pending.TryGetValue(day, out var counts)) _pending[day] = counts = new InsightsDay();
        return counts;
    }

    private static string Clean(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length <= MaxQuestionLength ? collapsed : collapsed[..MaxQuestionLength] + "…";
    }

    /// <summary>
    /// Earlier versions counted unanswered questions in a file per instance: its counts join today's (marked as
    /// migrated: which conversations asked is not known) and the file is renamed so it is read once.
    /// </summary>
    private void MigrateLegacyFile(string path)
    {
        if (!File.Exists(path)) return;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            lock (_lock)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    // { "en": { "question": count }, "es": {...} }, or (older) { "question": count } in English.
                    var questions = property.Value.ValueKind == JsonValueKind.Number ? [(property.Name, property.Value)] : property.Value.EnumerateObject().Select(q => (q.Name, q.Value)).ToList();
                    var language = property.Value.ValueKind == JsonValueKind.Number ? "en" : property.Name;
                    foreach (var (question, count) in questions)
                    {
                        var entry = Entry(PendingToday(), language, Clean(PiiMasker.Mask(question)));
                        entry.Count += count.GetInt64();
                        entry.Migrated = true;
                    }
                }
            }
            File.Move(path, path + ".migrated", overwrite: true);
            _logger.LogInformation("Moved the unanswered questions file's counts into the insights store");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not move the old unanswered questions file into the insights store: {ExceptionType}", e.GetType().Name);
        }
    }
}
