using AwarenessBot.Hosting;
using AwarenessBot.Safety;
using AwarenessBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Tests.Storage;

/// <summary>Two turns of one conversation racing (a double-click, a retried request) never silently lose an update.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"race-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(file);
    }

    [Fact]
    public async Task The_second_of_two_racing_turns_is_rejected_and_the_first_ones_state_kept()
    {
        var store = new SqliteStateStorage(_file, TimeSpan.FromHours(24), TimeProvider.System);
        var state = new ConversationState(store);
        var step = state.CreateProperty<string>("step");
        var adapter = new TestAdapter();
        TurnContext Turn(string text)
        {
            var activity = adapter.MakeActivity(text);
            activity.ChannelId = adapter.Conversation.ChannelId;
            activity.Conversation = adapter.Conversation.Conversation;
            return new TurnContext(adapter, activity);
        }
        var first = Turn("a");
        var second = Turn("b");

        // Both turns read the same version...
        await step.GetAsync(first, () => "start");
        await step.GetAsync(second, () => "start");
        await state.SaveChangesAsync(first, force: true);
        await state.LoadAsync(first, force: true);
        await state.LoadAsync(second, force: true);

        // ...and both change it. The first save wins; the second is refused, not silently applied.
        await step.SetAsync(first, "from the first turn");
        await step.SetAsync(second, "from the second turn");
        await state.SaveChangesAsync(first);
        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(second));

        var check = Turn("c");
        Assert.Equal("from the first turn", await step.GetAsync(check, () => "missing"));
    }

    /// <summary>A store whose writes always lose the race.</summary>
    private sealed class AlwaysConflicting : IStorage
    {
        private readonly MemoryStorage _inner = new();
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.ReadAsync(keys, cancellationToken);
        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => throw new StorageConflictException(changes.Keys.First());
        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => throw new InvalidOperationException("state must not be deleted after a race");
    }

    [Fact]
    public async Task A_turn_that_loses_the_race_asks_the_user_to_resend_and_keeps_the_winners_state()
    {
        using var bot = new TestBot(configure: s => s.AddSingleton<IStorage, AlwaysConflicting>());
        var replies = await bot.SayAsync("what does CSEC stand for");
        var reply = replies.Messages().Last();
        Assert.Equal(TurnErrorHandler.CrossedMessages, reply.Text);
        Assert.Contains(Hotline.Marker, reply.Text);
    }
}
