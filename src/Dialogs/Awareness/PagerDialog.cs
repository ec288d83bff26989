using AwarenessBot.Content.Model;
using AwarenessBot.Safety.Replies;
using AwarenessBot.Safety.Turn;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Dialogs.Awareness;

public sealed record PagerOptions(
    [property: JsonProperty("topic")] string Topic,
    [property: JsonProperty("next")] string Next,
    [property: JsonProperty("done")] string Done,
    [property: JsonProperty("limit")] int Limit);

/// <summary>
/// Shows a topic's messages one at a time, each with "next" and "done" buttons (myths and
/// facts). Ends after the last message, on "done", or, when the user types something else,
/// with <see cref="UnrecognizedInput"/>.
/// </summary>
public sealed class PagerDialog(ContentSet content, BotMemory memory) : Dialog(AwarenessDialogIds.Pager)
{
    private const string OptionsKey = "options";
    private const string PageKey = "page";
    private static readonly string[] NextWords = ["next", "more", "another", "yes", "continue", "go on", "siguiente", "otro", "si"];
    private static readonly string[] DoneWords = ["done", "no", "enough", "finished", "that's all", "listo", "ya"];

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var pager = options as PagerOptions ?? throw new ArgumentException("The pager needs PagerOptions.", nameof(options));
        dc.ActiveDialog!.State[OptionsKey] = JObject.FromObject(pager);
        return ShowAsync(dc, pager, 0, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message) return EndOfTurn;
        var state = dc.ActiveDialog!.State;
        var pager = state[OptionsKey]!.ToObject<PagerOptions>()!;
        var text = TurnInput.TextOf(dc.Context);
        var found = ChoiceRecognizer.Recognize(text, [new Choice(pager.Next, NextWords), new Choice(pager.Done, DoneWords)]);
        return found?.Index switch
        {
            0 => await ShowAsync(dc, pager, (state.Value<int?>(PageKey) ?? 0) + 1, cancellationToken).ConfigureAwait(false),
            1 => await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false),
            _ => await dc.EndDialogAsync(new UnrecognizedInput(text), cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>Shows the current page again, with its buttons ("help" in the middle of the pager).</summary>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var pager = instance.State[OptionsKey]!.ToObject<PagerOptions>()!;
        var messages = await MessagesAsync(turnContext, pager, cancellationToken).ConfigureAwait(false);
        var page = instance.State.Value<int?>(PageKey) ?? 0;
        if (page < messages.Count)
            await turnContext.SendActivityAsync(ChoiceMessages.Create(turnContext, messages[page], [pager.Next, pager.Done]), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The pages to show: the topic's messages for the user's audience, up to the limit (none if the topic is gone).</summary>
    private async Task<IReadOnlyList<string>> MessagesAsync(ITurnContext turnContext, PagerOptions pager, CancellationToken cancellationToken)
    {
        if (content.FindTopic(pager.Topic) is not { } topic) return [];
        var audience = await memory.GetAudienceAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var messages = topic.MessagesFor(audience);
        return pager.Limit > 0 ? messages.Take(pager.Limit).ToList() : messages;
    }

    private async Task<DialogTurnResult> ShowAsync(DialogContext dc, PagerOptions pager, int page, CancellationToken cancellationToken)
    {
        dc.ActiveDialog!.State[PageKey] = page;
        var messages = await MessagesAsync(dc.Context, pager, cancellationToken).ConfigureAwait(false);
        if (page >= messages.Count) return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        if (page == messages.Count - 1)
        {
            // The last page needs no buttons: the dialog that started the pager goes on.
            await dc.Context.SendActivityAsync(MessageFactory.Text(messages[page]), cancellationToken).ConfigureAwait(false);
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        await dc.Context.SendActivityAsync(ChoiceMessages.Create(dc.Context, messages[page], [pager.Next, pager.Done]), cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }
}
