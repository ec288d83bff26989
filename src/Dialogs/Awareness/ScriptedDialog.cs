using AwarenessBot.Content.Model;
using AwarenessBot.Safety.Replies;
using AwarenessBot.Safety.Turn;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Dialogs.Awareness;

/// <summary>
/// Runs a dialog script from the content as a waterfall. Each script step becomes one
/// waterfall step, or two for steps that ask something (ask, then act on the answer).
/// If the script's shape changes while a conversation is in it (content was edited), the
/// conversation is not left on a step that no longer exists: it ends gracefully with the menu.
/// </summary>
public sealed class ScriptedDialog : WaterfallDialog, ITopicDialog
{
    private const string ShapeKey = "shape";

    private readonly DialogScript _script;
    private readonly ContentSet _content;
    private readonly BotMemory _memory;
    private readonly string _shape;

    public ScriptedDialog(DialogScript script, ContentSet content, BotMemory memory) : base(script.Id)
    {
        _script = script;
        _content = content;
        _memory = memory;
        _shape = ShapeOf(script);
        foreach (var step in script.Steps) Compile(step);
    }

    public string? TopicOf(DialogInstance instance) => _script.Topic;

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        dc.ActiveDialog!.State[ShapeKey] = _shape;
        return base.BeginDialogAsync(dc, options, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        if (dc.ActiveDialog!.State.Value<string>(ShapeKey) != _shape)
            return await RestartFromMenuAsync(dc, cancellationToken).ConfigureAwait(false);
        return await base.ResumeDialogAsync(dc, reason, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RestartFromMenuAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        await dc.Context.SendActivityAsync(MessageFactory.Text(_content.Text.StepRemoved), cancellationToken).ConfigureAwait(false);
        return await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
    }

    private void Compile(ScriptStep step)
    {
        switch (step)
        {
            case AskStep ask:
                AddStep((s, ct) => s.PromptAsync(AwarenessDialogIds.ChoicePrompt, new PromptOptions
                {
                    Prompt = ask.Prompt,
                    RetryPrompt = ask.Retry ?? _content.Text.ChoiceRetry,
                    Choices = ask.Choices.Select(c => new Choice(c.Title)).ToList(),
                    MaxRetries = PromptRetries.Question,
                }, ct));
                AddStep((s, ct) => s.Result is FoundChoice found && found.Index < ask.Choices.Count
                    ? RunAsync(s, ask.Choices[found.Index].Then, ct)
                    : GiveUpAsync(s, ct));
                break;
            case ConfirmStep confirm:
                AddStep((s, ct) => s.PromptAsync(AwarenessDialogIds.ConfirmPrompt, new PromptOptions
                {
                    Prompt = confirm.Prompt,
                    RetryPrompt = confirm.Retry ?? _content.Text.ConfirmRetry,
                    MaxRetries = PromptRetries.Question,
                }, ct));
                AddStep((s, ct) => s.Result is bool yes ? RunAsync(s, yes ? confirm.Yes : confirm.No, ct) : GiveUpAsync(s, ct));
                break;
            case TextStep text:
                AddStep((s, ct) => s.PromptAsync(AwarenessDialogIds.TextPrompt, new PromptOptions
                {
                    Prompt = Fill(text.Prompt, s.Values),
                    Choices = text.SkipLabel is null ? [] : [new Choice(text.SkipLabel)],
                }, ct));
                AddStep((s, ct) =>
                {
                    var answer = s.Result as string ?? "";
                    s.Values.Set(text.Save, string.Equals(answer, text.SkipLabel, StringComparison.OrdinalIgnoreCase) ? "" : answer);
                    return s.NextAsync(null, ct);
                });
                break;
            case AudienceStep audience:
                AddStep((s, ct) => AskAudienceAsync(s, audience, ct));
                AddStep((s, ct) => RememberAudienceAsync(s, ct));
                break;
            case PagesStep pages:
                AddStep((s, ct) => s.BeginDialogAsync(AwarenessDialogIds.Pager, new PagerOptions(pages.TopicId, pages.NextLabel, pages.DoneLabel, pages.Limit), ct));
                AddStep((s, ct) => s.Result is UnrecognizedInput ? GiveUpAsync(s, ct) : s.NextAsync(null, ct));
                break;
            default:
                AddStep((s, ct) => RunAsync(s, [step], ct));
                break;
        }
    }

    private async Task<DialogTurnResult> AskAudienceAsync(WaterfallStepContext step, AudienceStep audience, CancellationToken cancellationToken)
    {
        var known = await _memory.GetAudienceAsync(step.Context, cancellationToken).ConfigureAwait(false);
        if (known != Audience.All) return await step.NextAsync(known, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(AwarenessDialogIds.ChoicePrompt, new PromptOptions
        {
            Prompt = audience.Prompt,
            RetryPrompt = _content.Text.ChoiceRetry,
            Choices = ChooseAudienceDialog.Choices(audience.StaffLabel, audience.StudentLabel),
            MaxRetries = PromptRetries.Question,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> RememberAudienceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result)
        {
            case Audience known:
                return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
            case FoundChoice found:
                await _memory.SetAudienceAsync(step.Context, found.Index == 0 ? Audience.Staff : Audience.Student, cancellationToken).ConfigureAwait(false);
                return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
            default:
                return await GiveUpAsync(step, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs steps that need no answer; the first that leaves the script decides the result, otherwise the script goes on.</summary>
    private async Task<DialogTurnResult> RunAsync(WaterfallStepContext step, IReadOnlyList<ScriptStep> actions, CancellationToken cancellationToken)
    {
        foreach (var action in actions)
        {
            switch (action)
            {
                case SayStep say:
                    await step.Context.SendActivityAsync(MessageFactory.Text(Fill(say.Text, step.Values)), cancellationToken).ConfigureAwait(false);
                    // Answers are kept only until a message shows them (the safety-plan summary): then they are gone from state.
                    foreach (var name in Placeholders.NamesIn(say.Text)) step.Values.Remove(name);
                    break;
                case TopicStep show when _content.FindTopic(show.TopicId) is { } topic:
                    var audience = await _memory.GetAudienceAsync(step.Context, cancellationToken).ConfigureAwait(false);
                    await TopicSender.SendAsync(step.Context, topic, audience, cancellationToken).ConfigureAwait(false);
                    break;
                case StartDialogStep start:
                    return await step.ReplaceDialogAsync(start.DialogId, null, cancellationToken).ConfigureAwait(false);
                case MenuStep:
                    return await step.ReplaceDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
                case EndStep:
                    return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
                case EmergencyStep:
                    await step.Context.SendActivityAsync(EmergencyMessage.Create(TurnLanguage.Of(step.Context)), cancellationToken).ConfigureAwait(false);
                    await step.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                    return new DialogTurnResult(DialogTurnStatus.Complete);
            }
        }
        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Puts saved answers into "{name}" placeholders; a blank answer shows as the content's not-filled-in phrase.</summary>
    private string Fill(string text, StepValues values) =>
        Placeholders.Fill(text, name => values.Get<string>(name) is { Length: > 0 } answer ? answer : _content.Text.NotFilledIn);

    /// <summary>The user's answer could not be read: end, handing the text back to be answered as a question.</summary>
    private static Task<DialogTurnResult> GiveUpAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.EndDialogAsync(step.Result as UnrecognizedInput, cancellationToken);

    /// <summary>The part of a script that saved conversations depend on: the kinds of its steps and how many choices each question has.</summary>
    private static string ShapeOf(DialogScript script) =>
        string.Join('|', script.Steps.Select(s => s switch
        {
            AskStep ask => $"ask{ask.Choices.Count}",
            _ => s.GetType().Name,
        }));
}
