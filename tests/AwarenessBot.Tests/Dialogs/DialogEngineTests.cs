using AwarenessBot.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

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
