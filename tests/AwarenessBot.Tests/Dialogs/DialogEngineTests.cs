using AwarenessBot.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Tests.Dialogs;

/// <summary>The waterfall engine on the SDK's TestAdapter/TestFlow, with state in real ConversationState.</summary>
public class DialogEngineTests
{
    /// <summary>A bot that runs one dialog set: continue the active dialog, or begin <paramref name="rootId"/>.</summary>
    private static (TestAdapter Adapter, BotCallbackHandler Bot) Host(IStorage storage, Func<DialogSet, DialogSet> build, string rootId)
    {
        var adapter = new TestAdapter();
        BotCallbackHandler bot = async (turnContext, cancellationToken) =>
        {
            // A fresh state object and dialog set each turn, as after a restart: nothing survives but storage.
            var conversationState = new ConversationState(storage);
            var dialogs = build(new DialogSet(conversationState.CreateProperty<DialogState>("dialogState")));
            var dc = await dialogs.CreateContextAsync(turnContext, cancellationToken);
            var result = await dc.ContinueDialogAsync(cancellationToken);
            if (result.Status == DialogTurnStatus.Empty) result = await dc.BeginDialogAsync(rootId, null, cancellationToken);
            if (result.Status == DialogTurnStatus.Complete)
                await turnContext.SendActivityAsync($"done: {result.Result switch { UnrecognizedInput u => "unrecognized " + u.Text, var r => r }}", cancellationToken: cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        };
        return (adapter, bot);
    }

    private static DialogSet NameAndAge(DialogSet set) => set
        .Add(new TextPrompt("text"))
        .Add(new ChoicePrompt("choice"))
        .Add(new WaterfallDialog("profile")
            .AddStep((step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Name?" }, ct))
            .AddStep(async (step, ct) =>
            {
                step.Values.Set("name", (string)step.Result!);
                step.Values.Set("turns", 1);
                return await step.PromptAsync("choice", new PromptOptions
                {
                    Prompt = "Colour?",
                    RetryPrompt = "Pick a colour.",
                    Choices = [new Choice("Red"), new Choice("Green"), new Choice("Blue")],
                    MaxRetries = 1,
                }, ct);
            })
            .AddStep(async (step, ct) =>
            {
                if (step.Result is UnrecognizedInput unrecognized) return await step.EndDialogAsync(unrecognized, ct);
                var turns = step.Values.Get<int>("turns") + 1; // an int in, an int out, after a JSON round trip
                return await step.EndDialogAsync($"{step.Values.Get<string>("name")} likes {((FoundChoice)step.Result!).Value} after {turns} answers", ct);
            }));

    [Fact]
    public async Task A_waterfall_spans_turns_with_state_only_in_storage()
    {
        var (adapter, bot) = Host(new MemoryStorage(), NameAndAge, "profile");
        await new TestFlow(adapter, bot)
            .Send("hi").AssertReply("Name?")
            .Send("Sam").AssertReply(a => Assert.StartsWith("Colour?", a.AsMessageActivity().Text))
            .Send("the second one").AssertReply("done: Sam likes Green after 2 answers")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_re_asks_a_very_short_reply_and_gives_free_text_back_at_once()
    {
        var (adapter, bot) = Host(new MemoryStorage(), NameAndAge, "profile");
        await new TestFlow(adapter, bot)
            .Send("hi").AssertReply("Name?")
            .Send("Sam").AssertReply(a => Assert.StartsWith("Colour?", a.AsMessageActivity().Text))
            .Send("k").AssertReply("Pick a colour.")
            .Send("orange please").AssertReply("done: unrecognized orange please")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_very_short_reply_is_asked_again_only_up_to_max_retries()
    {
        var (adapter, bot) = Host(new MemoryStorage(), NameAndAge, "profile");
        await new TestFlow(adapter, bot)
            .Send("hi").AssertReply("Name?")
            .Send("Sam").AssertReply(a => Assert.StartsWith("Colour?", a.AsMessageActivity().Text))
            .Send("?").AssertReply("Pick a colour.")
            .Send("k").AssertReply("done: unrecognized k")
            .StartTestAsync();
    }

    [Fact]
    public async Task Next_skips_a_step_and_replace_swaps_the_dialog()
    {
        DialogSet Build(DialogSet set) => set
            .Add(new WaterfallDialog("first")
                .AddStep((step, ct) => step.NextAsync("skipped", ct))
                .AddStep(async (step, ct) =>
                {
                    await step.Context.SendActivityAsync($"got {step.Result}", cancellationToken: ct);
                    return await step.ReplaceDialogAsync("second", new { Greeting = "hello" }, ct);
                }))
            .Add(new WaterfallDialog("second")
                .AddStep(async (step, ct) => await step.EndDialogAsync(step.Options<Dictionary<string, string>>()!["Greeting"], ct)));

        var (adapter, bot) = Host(new MemoryStorage(), Build, "first");
        await new TestFlow(adapter, bot).Send("go").AssertReply("got skipped").AssertReply("done: hello").StartTestAsync();
    }

    [Fact]
    public async Task Cancel_all_empties_the_stack()
    {
        var storage = new MemoryStorage();
        var conversationState = new ConversationState(storage);
        var dialogs = NameAndAge(new DialogSet(conversationState.CreateProperty<DialogState>("dialogState")));
        var adapter = new TestAdapter();
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (turnContext, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(turnContext, ct);
            await dc.BeginDialogAsync("profile", null, ct);
            Assert.Equal(2, dc.Stack.Count);
            Assert.Equal("profile", dc.RootDialog!.Id);
            Assert.Equal(DialogTurnStatus.Cancelled, (await dc.CancelAllDialogsAsync(ct)).Status);
            Assert.Empty(dc.Stack);
        }, CancellationToken.None);
    }

    [Fact]
    public async Task A_stack_naming_an_unknown_dialog_fails_with_a_clear_exception()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var dialogs = new DialogSet(conversationState.CreateProperty<DialogState>("dialogState"));
        var adapter = new TestAdapter();
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (turnContext, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(turnContext, ct);
            dc.Stack.Add(new DialogInstance { Id = "gone" });
            var error = await Assert.ThrowsAsync<DialogNotFoundException>(() => dc.ContinueDialogAsync(ct));
            Assert.Equal("gone", error.DialogId);
        }, CancellationToken.None);
    }

    /// <summary>A parent waterfall that begins a child and reports what the child ended with.</summary>
    private static DialogSet ParentAndChild(DialogSet set) => set
        .Add(new TextPrompt("text"))
        .Add(new WaterfallDialog("child")
            .AddStep((step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = "Child asks?" }, ct))
            .AddStep((step, ct) => step.EndDialogAsync($"child got {step.Result}", ct)))
        .Add(new WaterfallDialog("parent")
            .AddStep((step, ct) => step.BeginDialogAsync("child", null, ct))
            .AddStep((step, ct) => step.EndDialogAsync($"parent resumed with '{step.Result}'", ct)));

    [Fact]
    public async Task A_parent_resumes_with_its_childs_result_across_turns()
    {
        var (adapter, bot) = Host(new MemoryStorage(), ParentAndChild, "parent");
        await new TestFlow(adapter, bot)
            .Send("go").AssertReply("Child asks?")
            .Send("blue").AssertReply("done: parent resumed with 'child got blue'")
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompt_resumed_by_a_dialog_started_on_top_of_it_asks_again_and_keeps_waiting()
    {
        var notice = new WaterfallDialog("notice").AddStep(async (step, ct) =>
        {
            await step.Context.SendActivityAsync("A notice.", cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        });
        var adapter = new TestAdapter();
        var storage = new MemoryStorage();
        await new TestFlow(adapter, async (turnContext, ct) =>
        {
            var conversationState = new ConversationState(storage);
            var dialogs = NameAndAge(new DialogSet(conversationState.CreateProperty<DialogState>("dialogState"))).Add(notice);
            var dc = await dialogs.CreateContextAsync(turnContext, ct);
            // "interrupt" starts a dialog on top of whatever is waiting; when it ends, the waiting prompt resumes.
            var result = turnContext.Activity.Text == "interrupt"
                ? await dc.BeginDialogAsync("notice", null, ct)
                : await dc.ContinueDialogAsync(ct);
            if (result.Status == DialogTurnStatus.Empty) await dc.BeginDialogAsync("profile", null, ct);
            await conversationState.SaveChangesAsync(turnContext, false, ct);
        })
            .Send("hi").AssertReply("Name?")
            .Send("interrupt").AssertReply("A notice.").AssertReply("Name?")
            .Send("Sam").AssertReply(a => Assert.StartsWith("Colour?", a.AsMessageActivity().Text))
            .StartTestAsync();
    }

    [Fact]
    public async Task Reprompt_asks_the_waiting_question_again_with_its_buttons()
    {
        var conversationState = new ConversationState(new MemoryStorage());
        var dialogs = NameAndAge(new DialogSet(conversationState.CreateProperty<DialogState>("dialogState")));
        var adapter = new TestAdapter();
        var sent = new List<IActivity>();
        adapter.OnTurnError = (_, e) => throw e;
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (turnContext, ct) =>
        {
            turnContext.OnSendActivities(async (_, activities, next) => { sent.AddRange(activities); return await next(); });
            var dc = await dialogs.CreateContextAsync(turnContext, ct);
            await dc.BeginDialogAsync("profile", null, ct);
            dc.Context.Activity.Text = "Sam";
            await dc.ContinueDialogAsync(ct);
            sent.Clear();
            await dc.RepromptDialogAsync(ct);
        }, CancellationToken.None);

        var reprompt = Assert.Single(sent).AsMessageActivity();
        Assert.StartsWith("Colour?", reprompt.Text);
        Assert.Equal(["Red", "Green", "Blue"], reprompt.SuggestedActions.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task A_validator_sees_every_attempt_counted_from_one()
    {
        var attempts = new List<(int Attempt, bool Recognized)>();
        DialogSet Build(DialogSet set) => set
            .Add(new ChoicePrompt("choice", (prompt, _) =>
            {
                attempts.Add((prompt.AttemptCount, prompt.Recognized.Succeeded));
                // Refuses the first recognized answer, to show a valid-looking answer can still be asked again.
                return Task.FromResult(prompt.Recognized.Succeeded && prompt.AttemptCount > 2);
            }))
            .Add(new WaterfallDialog("pick")
                .AddStep((step, ct) => step.PromptAsync("choice", new PromptOptions
                {
                    Prompt = "Pick",
                    RetryPrompt = "Pick again",
                    Choices = [new Choice("A"), new Choice("B")],
                }, ct))
                .AddStep((step, ct) => step.EndDialogAsync(((FoundChoice)step.Result!).Value, ct)));

        var (adapter, bot) = Host(new MemoryStorage(), Build, "pick");
        await new TestFlow(adapter, bot)
            .Send("go").AssertReply(a => Assert.StartsWith("Pick", a.AsMessageActivity().Text))
            .Send("?").AssertReply(a => Assert.StartsWith("Pick again", a.AsMessageActivity().Text))
            .Send("b").AssertReply(a => Assert.StartsWith("Pick again", a.AsMessageActivity().Text))
            .Send("b").AssertReply("done: B")
            .StartTestAsync();
        Assert.Equal([(1, false), (2, true), (3, true)], attempts);
    }

    [Fact]
    public async Task Ending_with_the_cancellation_token_as_the_result_is_refused()
    {
        DialogSet Build(DialogSet set) => set.Add(new WaterfallDialog("wrong").AddStep((step, ct) => step.EndDialogAsync(ct)));
        var conversationState = new ConversationState(new MemoryStorage());
        var dialogs = Build(new DialogSet(conversationState.CreateProperty<DialogState>("dialogState")));
        var adapter = new TestAdapter();
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (turnContext, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(turnContext, ct);
            var error = await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("wrong", null, ct));
            Assert.Equal("result", error.ParamName);
            await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("wrong", ct, ct));
        }, CancellationToken.None);
    }

    [Fact]
    public async Task A_dialog_removed_while_its_prompt_waits_fails_clearly_when_the_prompt_ends()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();
        // Turn 1: the profile waterfall waits on its text prompt.
        await adapter.ProcessActivityAsync(adapter.MakeActivity("hi"), async (turnContext, ct) =>
        {
            var conversationState = new ConversationState(storage);
            var dc = await NameAndAge(new DialogSet(conversationState.CreateProperty<DialogState>("dialogState"))).CreateContextAsync(turnContext, ct);
            await dc.BeginDialogAsync("profile", null, ct);
            await conversationState.SaveChangesAsync(turnContext, false, ct);
        }, CancellationToken.None);
        // Turn 2: a content reload removed "profile"; the prompt still reads the answer, and handing it back fails by name.
        await adapter.ProcessActivityAsync(adapter.MakeActivity("Sam"), async (turnContext, ct) =>
        {
            var conversationState = new ConversationState(storage);
            var dialogs = new DialogSet(conversationState.CreateProperty<DialogState>("dialogState")).Add(new TextPrompt("text"));
            var dc = await dialogs.CreateContextAsync(turnContext, ct);
            var error = await Assert.ThrowsAsync<DialogNotFoundException>(() => dc.ContinueDialogAsync(ct));
            Assert.Equal("profile", error.DialogId);
            Assert.Equal(["profile"], dc.Stack.Select(d => d.Id)); // the prompt is gone; the caller can cancel the rest
            Assert.Equal(DialogTurnStatus.Cancelled, (await dc.CancelAllDialogsAsync(ct)).Status);
        }, CancellationToken.None);
    }

    [Fact]
    public void Step_values_keep_their_types_through_json()
    {
        var store = Newtonsoft.Json.Linq.JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(new { count = 3, ratio = 0.5, names = new[] { "a", "b" } }));
        var values = new StepValues(store);
        Assert.Equal(3, values.Get<int>("count"));
        Assert.Equal(0.5, values.Get<double>("ratio"));
        Assert.Equal(["a", "b"], values.Get<List<string>>("names")!);
        Assert.Null(values.Get<string>("missing"));
    }
}
