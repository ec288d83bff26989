using AwarenessBot.DirectLine;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Tests.Http;

public class DirectLineUnitTests
{
    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Idle_conversations_and_tokens_never_used_are_dropped()
    {
        var clock = new Clock(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions { IdleMinutes = 60, UnstartedMinutes = 5 }), clock);
        var unused = store.Create("dl_unused_user");
        var idle = store.Create("dl_idle_user");
        var active = store.Create("dl_active_user");
        idle.TryStart();
        active.TryStart();
        clock.Now = clock.Now.AddMinutes(6);
        Assert.Equal(1, store.RemoveIdle());
        Assert.Null(store.Find(unused.Id));

        clock.Now = clock.Now.AddMinutes(50);
        active.Since(0, clock.Now); // polled: still in use
        clock.Now = clock.Now.AddMinutes(10);
        Assert.Equal(1, store.RemoveIdle());
        Assert.Null(store.Find(idle.Id));
        Assert.NotNull(store.Find(active.Id));
    }

    [Fact]
    public void A_full_store_makes_room_instead_of_refusing_newcomers_unused_tokens_first()
    {
        var clock = new Clock(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions { MaxConversations = 2 }), clock);
        var inUse = store.Create("dl_a_12345678");
        inUse.TryStart();
        clock.Now = clock.Now.AddSeconds(1);
        var unused = store.Create("dl_b_12345678");
        clock.Now = clock.Now.AddSeconds(1);
        var newcomer = store.Create("dl_c_12345678");
        Assert.Equal(2, store.Count);
        Assert.Null(store.Find(unused.Id));
        Assert.NotNull(store.Find(inUse.Id));
        Assert.NotNull(store.Find(newcomer.Id));
    }

    [Fact]
    public void A_conversation_keeps_a_bounded_history_and_watermarks_stay_valid()
    {
        var limits = new DirectLineLimits(ActivitiesKept: 10, BytesKept: 4096, ActivitiesPerPage: 4);
        var conversation = new DirectLineConversation("c1", "dl_user_1234", DateTimeOffset.UnixEpoch, limits);
        for (var i = 0; i < 100; i++) conversation.Append([new Activity(ActivityTypes.Message, text: new string('x', i % 3 == 0 ? 900 : 10))], DateTimeOffset.UnixEpoch);
        Assert.InRange(conversation.Bytes, 1, 4096 + 2000);

        // A client that has seen everything is up to date; one far behind gets the newest kept, a page at a time.
        var (none, upToDate) = conversation.Since(100, DateTimeOffset.UnixEpoch);
        Assert.Empty(none);
        Assert.Equal(100, upToDate);
        var (page, next) = conversation.Since(0, DateTimeOffset.UnixEpoch);
        Assert.InRange(page.Count, 1, 4);
        Assert.True(next > 90, $"watermark {next}");
        var (rest, end) = conversation.Since(next, DateTimeOffset.UnixEpoch);
        Assert.Equal(100, end);
        Assert.Equal(page.Concat(rest).Select(a => a.Id).Distinct().Count(), page.Count + rest.Count);
        Assert.Equal("c1|0000100", conversation.NextId());
    }

    [Fact]
    public void Over_the_memory_budget_the_least_recently_used_conversations_go()
    {
        var clock = new Clock(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions { MemoryBudgetMegabytes = 1, Limits = new DirectLineLimits(1000, 400_000, 50) }), clock);
        var conversations = Enumerable.Range(0, 5).Select(i => store.Create($"dl_user_{i}_1234")).ToList();
        foreach (var conversation in conversations)
        {
            conversation.TryStart();
            clock.Now = clock.Now.AddSeconds(1);
            for (var i = 0; i < 100; i++) conversation.Append([new Activity(ActivityTypes.Message, text: new string('y', 3000))], clock.Now);
        }
        store.RemoveIdle();
        Assert.True(store.Count < 5);
        Assert.NotNull(store.Find(conversations[^1].Id));
        Assert.Null(store.Find(conversations[0].Id));
    }

    [Fact]
    public void Tokens_name_their_conversation_and_user_and_expire()
    {
        var clock = new Clock(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
        var tokens = new DirectLineTokens(Options.Create(new DirectLineOptions { TokenSeconds = 60 }), clock);
        var token = tokens.Issue("conversation-1", "dl_user_1234");
        Assert.Equal(new DirectLineGrant("conversation-1", "dl_user_1234"), tokens.Validate(token));
        Assert.Null(tokens.Validate(token + "x"));
        Assert.Null(tokens.Validate("not.a-token"));
        Assert.Null(new DirectLineTokens(Options.Create(new DirectLineOptions()), clock).Validate(token)); // another key
        clock.Now = clock.Now.AddSeconds(59);
        Assert.NotNull(tokens.Validate(token));
        clock.Now = clock.Now.AddSeconds(2);
        Assert.Null(tokens.Validate(token));
    }
}
