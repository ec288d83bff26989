using AwarenessBot.Safety.Replies;
using AwarenessBot.Safety.Turn;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Dialogs;

/// <summary>Decides whether a recognized answer is accepted (the SDK's PromptValidator); it also sees the ones that were not recognized.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

/// <summary>What a validator sees (the SDK's PromptValidatorContext): the turn, the recognition, the options and which attempt this is.</summary>
public sealed record PromptValidatorContext<T>(ITurnContext Context, PromptRecognizerResult<T> Recognized, PromptOptions Options, int AttemptCount);

/// <summary>
/// Asks the user something and waits until the answer can be read. Mirrors the SDK's Prompt&lt;T&gt;,
/// except that no free text is trapped in a prompt: an answer it cannot read ends it with
/// <see cref="UnrecognizedInput"/>, so the caller treats the text as a new message. Only a very
/// short unreadable reply ("k", "?") is asked again, up to <see cref="PromptOptions.MaxRetries"/> times.
/// </summary>
public abstract class Prompt<T>(string id, PromptValidator<T>? validator = null) : Dialog(id)
{
    private const string OptionsKey = "options";
    private const string AttemptsKey = "attempts";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        var promptOptions = options as PromptOptions ?? throw new ArgumentException("A prompt needs PromptOptions.", nameof(options));
        var state = dc.ActiveDialog!.State;
        state[OptionsKey] = JObject.FromObject(promptOptions);
        state[AttemptsKey] = 0;
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message) return EndOfTurn;
        var state = dc.ActiveDialog!.State;
        var options = ReadOptions(state);
        var text = TurnInput.TextOf(dc.Context);
        var recognized = Recognize(text, options);
        // The SDK counts attempts from 1, the first answer included.
        var attempts = (state.Value<int?>(AttemptsKey) ?? 0) + 1;
        state[AttemptsKey] = attempts;
        var valid = validator is null
            ? recognized.Succeeded
            : await validator(new PromptValidatorContext<T>(dc.Context, recognized, options, attempts), cancellationToken).ConfigureAwait(false);
        if (valid && recognized.Succeeded) return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);

        if (!IsVeryShort(text) || (options.MaxRetries is { } max && attempts > max))
            return await dc.EndDialogAsync(new UnrecognizedInput(text), cancellationToken).ConfigureAwait(false);
        await OnPromptAsync(dc.Context, options, isRetry: true, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <summary>A dialog started on top of the prompt has ended: ask the question again and keep waiting (as the SDK does).</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        OnPromptAsync(turnContext, ReadOptions(instance.State), isRetry: false, cancellationToken);

    protected virtual Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var text = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var titles = options.Choices.Select(c => c.Value).ToList();
        return turnContext.SendActivityAsync(ChoiceMessages.Create(turnContext, text, titles), cancellationToken);
    }

    protected abstract PromptRecognizerResult<T> Recognize(string text, PromptOptions options);

    /// <summary>"k", "?", "hmm": too little to be a new message, so the question is asked again.</summary>
    public static bool IsVeryShort(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 1 && text.Count(char.IsLetterOrDigit) <= 3;
    }

    private static PromptOptions ReadOptions(JObject state) => state[OptionsKey]?.ToObject<PromptOptions>() ?? new PromptOptions();
}

public readonly record struct PromptRecognizerResult<T>(bool Succeeded, T? Value)
{
    public static PromptRecognizerResult<T> Failed => new(false, default);
    public static PromptRecognizerResult<T> Of(T value) => new(true, value);
}

/// <summary>Asks the user to pick one of <see cref="PromptOptions.Choices"/>; ends with a <see cref="FoundChoice"/>.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override PromptRecognizerResult<FoundChoice> Recognize(string text, PromptOptions options) =>
        ChoiceRecognizer.Recognize(text, options.Choices) is { } found ? PromptRecognizerResult<FoundChoice>.Of(found) : PromptRecognizerResult<FoundChoice>.Failed;
}

/// <summary>Asks a yes/no question; ends with a bool. The content's yes and no buttons are added when none are given.</summary>
public sealed class ConfirmPrompt(string id, string yes, string no, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        if (options.Choices.Count == 0) options.Choices = [new Choice(yes), new Choice(no)];
        return base.OnPromptAsync(turnContext, options, isRetry, cancellationToken);
    }

    protected override PromptRecognizerResult<bool> Recognize(string text, PromptOptions options)
    {
        if (YesNoRecognizer.Recognize(text) is { } answer) return PromptRecognizerResult<bool>.Of(answer);
        if (string.Equals(text.Trim(), yes, StringComparison.OrdinalIgnoreCase)) return PromptRecognizerResult<bool>.Of(true);
        if (string.Equals(text.Trim(), no, StringComparison.OrdinalIgnoreCase)) return PromptRecognizerResult<bool>.Of(false);
        return PromptRecognizerResult<bool>.Failed;
    }
}

/// <summary>Asks for free text; any non-empty answer is accepted (unless the validator says otherwise).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognizerResult<string> Recognize(string text, PromptOptions options) =>
        string.IsNullOrWhiteSpace(text) ? PromptRecognizerResult<string>.Failed : PromptRecognizerResult<string>.Of(text);
}
