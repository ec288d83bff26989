using AwarenessBot.Safety;
using AwarenessBot.Safety.Guard;
using AwarenessBot.Safety.Turn;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace AwarenessBot.Tests.Safety;

/// <summary>
/// The crisis path alone: the guard on the SDK's TestAdapter with the safety project's own parts (rules-only
/// understanding) and small stand-ins for the rest of the bot. No content, no dialogs, no router, no store.
/// </summary>
public class SafetyGuardTests
{
    private const string Crisis = "i want to kill myself";
    private const string Concern = "my friend is scared of her boyfriend";

    private sealed class RulesOnly : ISafetyUnderstanding
    {
        public MessageUnderstander Understander { get; } = new(null);
        public SafetyClassifier Safety => SafetyClassifier.RulesOnly;
    }

    private sealed class Broken : ISafetyUnderstanding
    {
        public MessageUnderstander Understander => throw new InvalidOperationException("the understanding step is broken");
        public SafetyClassifier Safety => throw new InvalidOperationException("the understanding step is broken");
    }

    private sealed class NoKnownReplies : IKnownReplies
    {
        public bool IsKnownReply(string text) => false;
    }

    /// <summary>The user's language as a store would give it: at once, never (a hung store), or by throwing.</summary>
    private sealed class StoredLanguage(Func<Task<Language>> read) : IReplyLanguage
    {
        public Task<Language> DecideAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken) => read();
    }

    private sealed class Dialogs(bool fail = false) : IDialogReset
    {
        public int Ended { get; private set; }
        public Task EndDialogsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            Ended++;
            return fail ? throw new IOException("the store is down") : Task.CompletedTask;
        }
    }

    private static async Task<(List<IMessageActivity> Replies, bool NextRan, TurnInput? Input)> RunAsync(SafetyGuardMiddleware guard, Activity activity)
    {
        var adapter = new TestAdapter();
        adapter.Use(guard);
        var nextRan = false;
        TurnInput? input = null;
        await adapter.ProcessActivityAsync(activity, (turnContext, _) =>
        {
            nextRan = true;
            input = TurnInput.Of(turnContext);
            return Task.CompletedTask;
        }, CancellationToken.None);
        var replies = new List<IMessageActivity>();
        while (adapter.GetNextReply() is { } reply) replies.Add(reply.AsMessageActivity());
        return (replies, nextRan, input);
    }

    private static SafetyGuardMiddleware Guard(ISafetyUnderstanding? understanding = null, IReplyLanguage? language = null, IDialogReset? dialogs = null) =>
        new(understanding ?? new RulesOnly(), new NoKnownReplies(), language ?? new StoredLanguage(() => Task.FromResult(Language.English)),
            dialogs ?? new Dialogs(), NullLogger<SafetyGuardMiddleware>.Instance);

    private static Activity Message(string text) => new TestAdapter().MakeActivity(text);

    [Fact]
    public async Task A_crisis_message_gets_only_the_emergency_response_ends_the_dialog_and_stops_the_turn()
    {
        var dialogs = new Dialogs();
        var (replies, nextRan, _) = await RunAsync(Guard(dialogs: dialogs), Message(Crisis));
        Assert.Equal(EmergencyResponse.English, Assert.Single(replies).Text);
        Assert.False(nextRan);
        Assert.Equal(1, dialogs.Ended);
    }

    [Fact]
    public async Task A_possible_disclosure_gets_the_check_in_and_the_turn_goes_on_with_its_assessment()
    {
        var (replies, nextRan, input) = await RunAsync(Guard(), Message(Concern));
        Assert.Equal(CheckInResponse.English, Assert.Single(replies).Text);
        Assert.Equal([CheckInResponse.DangerButtonEnglish, CheckInResponse.SafeButtonEnglish], replies[0].SuggestedActions.Actions.Select(a => a.Title));
        Assert.True(nextRan);
        Assert.Equal(SafetyTier.CheckIn, input!.Safety.Tier);
    }

    [Fact]
    public async Task Any_other_message_goes_on_read_once_without_the_bots_mention()
    {
        var activity = Message("<at>AwarenessBot</at> how do I plant seeds?");
        activity.Entities = [new Mention(activity.Recipient, "<at>AwarenessBot</at>")];
        var (replies, nextRan, input) = await RunAsync(Guard(), activity);
        Assert.Empty(replies);
        Assert.True(nextRan);
        Assert.Equal("how do I plant seeds?", input!.Text);
        Assert.Equal(SafetyTier.None, input.Safety.Tier);
    }

    [Fact]
    public async Task A_store_that_hangs_cannot_hold_the_emergency_response_which_follows_the_message()
    {
        var (replies, _, _) = await RunAsync(Guard(language: new StoredLanguage(() => new TaskCompletionSource<Language>().Task)), Message("me quiero morir"));
        Assert.Equal(EmergencyResponse.Spanish, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task A_store_that_fails_cannot_stop_the_emergency_response()
    {
        var guard = Guard(language: new StoredLanguage(() => throw new IOException("the store is down")), dialogs: new Dialogs(fail: true));
        var (replies, nextRan, _) = await RunAsync(guard, Message(Crisis));
        Assert.Equal(EmergencyResponse.English, Assert.Single(replies).Text);
        Assert.False(nextRan);
    }

    [Fact]
    public async Task When_understanding_breaks_the_crisis_rules_still_decide()
    {
        var (replies, nextRan, _) = await RunAsync(Guard(understanding: new Broken()), Message(Crisis));
        Assert.Equal(EmergencyResponse.English, Assert.Single(replies).Text);
        Assert.False(nextRan);
    }
}
