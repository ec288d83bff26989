using AwarenessBot.DirectLine;
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
    public void Idle_conversations_are_dropped_after_the_state_time_to_live()
    {
        var clock = new Clock(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions { IdleHours = 24 }), clock);
        var idle = store.Create("dl_idle_user")!;
        var active = store.Create("dl_active_user")!;
        clock.Now = clock.Now.AddHours(23);
        active.Since(0, clock.Now); // polled: still in use
        clock.Now = clock.Now.AddHours(2);

        Assert.Equal(1, store.RemoveIdle());
        Assert.Null(store.Find(idle.Id));
        Assert.NotNull(store.Find(active.Id));
    }

    [Fact]
    public void The_store_refuses_new_conversations_when_full()
    {
        var store = new DirectLineConversationStore(Options.Create(new DirectLineOptions { MaxConversations = 2 }), TimeProvider.System);
        Assert.NotNull(store.Create("dl_a_12345678"));
        Assert.NotNull(store.Create("dl_b_12345678"));
        Assert.Null(store.Create("dl_c_12345678"));
    }

    [Fact]
    public void Tokens_name_their_conversation_and_user_and_expire()
    {
        var clock = new Clock(DateTimeOffset.Parse("2026-11-29T10:00:00Z"));
        var tokens = new DirectLineTokens(Options.Create(new DirectLineOptions { TokenSeconds = 60 }), clock);
        var token = tokens.Issue("conversation-1", "dl_user_1234");
        Assert.Equal(new DirectLineGrant("conversation-1", "dl_user_1234", clock.Now.AddSeconds(60)), tokens.Validate(token));
        Assert.Null(tokens.Validate(token + "x"));
        Assert.Null(tokens.Validate("not.a-token"));
        Assert.Null(new DirectLineTokens(Options.Create(new DirectLineOptions()), clock).Validate(token)); // another key
        clock.Now = clock.Now.AddSeconds(61);
        Assert.Null(tokens.Validate(token));
    }
}
