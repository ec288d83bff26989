using AwarenessBot.Analytics;
using AwarenessBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using AwarenessBot.Tests.Storage;

namespace AwarenessBot.Tests.Analytics;

/// <summary>
/// The admins' daily counts: recorded as the real bot takes turns, added up in the state store across
/// instances, kept for months (not a day, like conversations), and never holding anything that points at a person.
/// </summary>
public sealed class InsightsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "awarenessbot-insights-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private InsightsRecorder Recorder(IStorage storage, TimeProvider? clock = null) =>
        new(storage, Options.Create(new InsightsOptions()), Options.Create(new DataOptions { Path = _folder }), NullLogger<InsightsRecorder>.Instance, clock);

    private static async Task SayInConversationAsync(TestBot bot, string conversation, string text)
    {
        bot.Adapter.Conversation.Conversation = new ConversationAccount(id: conversation);
        await bot.SayAsync(text);
    }

    [Fact]
    public async Task Turns_are_counted_by_outcome_and_tier_and_unanswered_questions_show_only_after_three_conversations()
    {
        var storage = new MemoryStorage();
        using (var bot = new TestBot(storage: storage, configure: s => s.Configure<DataOptions>(o => o.Path = _folder)))
        {
            var answered = (await bot.SayAsync("what does CSEC stand for")).Route().Value<string>("topic");
            await bot.SayAsync("i want to kill myself");
            for (var i = 0; i < 3; i++) await SayInConversationAsync(bot, $"conversation-{i}", "what's the best pizza topping?");
            await SayInConversationAsync(bot, "conversation-9", "what's the best pizza topping?");
            await bot.SayAsync("can you email me at jo.smith@example.com about prom");
            await bot.SayAsync("can you email me at jo.smith@example.com about prom"); // twice, one conversation: never shown

            await bot.Get<InsightsRecorder>().FlushAsync();
            var report = await bot.Get<InsightsRecorder>().ReportAsync(1);

            Assert.Equal(1, report.ByDetail(InsightsCount.Answer).Single(a => a.Detail == answered).Total);
            Assert.Equal(1, report.ByDetail(InsightsCount.Safety).Single(t => t.Detail == "crisis").Total);
            Assert.Equal(6, report.Total(InsightsCount.Fallback));
            Assert.All(report.Counts, c => Assert.Equal("test", c.Count.Channel));
            var unanswered = Assert.Single(report.Unanswered);
            Assert.Equal(("what's the best pizza topping?", "en", 4L, 3), (unanswered.Question, unanswered.Language, unanswered.Count, unanswered.Conversations));
        }

        // What is stored names no person, conversation or e-mail address; the masked question is kept, but not shown.
        var stored = Newtonsoft.Json.JsonConvert.SerializeObject(await storage.ReadAsync([InsightsDay.KeyOf(DateOnly.FromDateTime(DateTime.UtcNow))], CancellationToken.None));
        Assert.DoesNotContain("conversation-", stored);
        Assert.DoesNotContain("jo.smith", stored);
        Assert.DoesNotContain("kill", stored);
        Assert.Contains("[email]", stored);
    }

    [Fact]
    public async Task Two_instances_add_up_in_one_store_even_when_their_writes_race()
    {
        var path = Path.Combine(_folder, "state.db");
        Directory.CreateDirectory(_folder);
        using var storage = new SqliteStateStorage(path, TimeSpan.FromHours(24), TimeProvider.System, NullLogger.Instance);
        using var first = Recorder(storage);
        using var second = Recorder(storage);
        for (var i = 0; i < 50; i++)
        {
            first.Count(new InsightsCount(InsightsCount.Answer, "msteams", "en", "staff", "red-signs"));
            second.Count(new InsightsCount(InsightsCount.Answer, "webchat", "es", "student", "red-signs"));
            if (i % 10 == 0) await Task.WhenAll(first.FlushAsync(), second.FlushAsync());
        }
        await Task.WhenAll(first.FlushAsync(), second.FlushAsync());

        var report = await first.ReportAsync(1);
        Assert.Equal(100, report.ByDetail(InsightsCount.Answer).Single().Total);
        Assert.Equal(50, report.Counts.Single(c => c.Count.Channel == "webchat").Total);
    }

    [Fact]
    public async Task Counts_outlive_conversation_state_and_go_after_the_months_they_are_kept()
    {
        var clock = new ManualClock { Now = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero) };
        Directory.CreateDirectory(_folder);
        using var storage = new SqliteStateStorage(Path.Combine(_folder, "state.db"), TimeSpan.FromHours(24), clock, NullLogger.Instance);
        using var recorder = Recorder(storage, clock);
        recorder.Count(new InsightsCount(InsightsCount.Fallback, "webchat", "en", "student"));
        await recorder.FlushAsync();

        clock.Now += TimeSpan.FromDays(200);
        await storage.PurgeExpiredAsync(CancellationToken.None);
        var day = new DateOnly(2026, 1, 15);
        Assert.Single(await recorder.ReadAsync(day, day));

        clock.Now += TimeSpan.FromDays(31 * 13 - 200 + 1);
        await storage.PurgeExpiredAsync(CancellationToken.None);
        Assert.Empty(await recorder.ReadAsync(day, day));
    }

    [Fact]
    public async Task The_old_unanswered_file_is_moved_into_the_store_once()
    {
        Directory.CreateDirectory(_folder);
        var file = Path.Combine(_folder, "unanswered-questions.json");
        await File.WriteAllTextAsync(file, """{ "en": { "prom dates": 5, "bus times": 1 }, "es": { "horario del bus": 3 } }""");
        var storage = new MemoryStorage();

        using (var recorder = Recorder(storage)) await recorder.FlushAsync();
        using (var again = Recorder(storage))
        {
            var report = await again.ReportAsync(1);
            Assert.Equal([("prom dates", 5L), ("horario del bus", 3L)], report.Unanswered.Select(q => (q.Question, q.Count)));
        }
        Assert.False(File.Exists(file));
        Assert.True(File.Exists(file + ".migrated"));
    }

    [Fact]
    public async Task A_failing_store_never_costs_an_answer_and_the_counts_wait_for_the_next_try()
    {
        var storage = new FailingStorage();
        using var recorder = Recorder(storage);
        recorder.Count(new InsightsCount(InsightsCount.Fallback, "webchat", "en", "student"));
        await recorder.FlushAsync(); // must not throw

        storage.Fails = false;
        await recorder.FlushAsync();
        Assert.Equal(1, (await recorder.ReportAsync(1)).Total(InsightsCount.Fallback));
    }

    private sealed class FailingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();
        public bool Fails { get; set; } = true;
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            Fails ? throw new StorageUnavailableException("down") : _inner.ReadAsync(keys, cancellationToken);
        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            Fails ? throw new StorageUnavailableException("down") : _inner.WriteAsync(changes, cancellationToken);
        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
