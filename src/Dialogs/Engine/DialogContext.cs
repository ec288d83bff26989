using Microsoft.Bot.Builder;

namespace AwarenessBot.Dialogs;

/// <summary>
/// The dialog stack for one turn: begin, continue, end, replace and cancel dialogs. Mirrors
/// the SDK's DialogContext (index 0 of the stack is the active dialog), with its guards. It has no
/// <c>State</c> (the SDK's memory scopes): dialogs keep their state in <see cref="DialogInstance.State"/>.
/// </summary>
public class DialogContext
{
    private readonly DialogState _state;

    public DialogContext(DialogSet dialogs, ITurnContext context, DialogState state)
    {
        Dialogs = dialogs;
        Context = context;
        _state = state;
    }

    protected DialogContext(DialogContext parent) : this(parent.Dialogs, parent.Context, parent._state) { }

    public DialogSet Dialogs { get; }
    public ITurnContext Context { get; }
    public List<DialogInstance> Stack => _state.DialogStack;
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The dialog at the bottom of the stack: the flow the user is in, under any prompt it opened.</summary>
    public DialogInstance? RootDialog => Stack.Count > 0 ? Stack[^1] : null;

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        RejectToken(options, nameof(options));
        var dialog = Dialogs.Find(dialogId) ?? throw new DialogNotFoundException(dialogId);
        Stack.Insert(0, new DialogInstance { Id = dialogId });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a prompt. The same as <see cref="BeginDialogAsync"/>, named as the SDK names it.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active) return new DialogTurnResult(DialogTurnStatus.Empty);
        var dialog = Dialogs.Find(active.Id) ?? throw new DialogNotFoundException(active.Id);
        return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        RejectToken(result, nameof(result));
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is not { } parent) return new DialogTurnResult(DialogTurnStatus.Complete, result);
        var dialog = Dialogs.Find(parent.Id) ?? throw new DialogNotFoundException(parent.Id);
        return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0) return new DialogTurnResult(DialogTurnStatus.Empty);
        while (Stack.Count > 0) await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active && Dialogs.Find(active.Id) is { } dialog)
            await dialog.RepromptDialogAsync(Context, active, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>EndDialogAsync(cancellationToken)</c> compiles (the token becomes the result) and is always a mistake;
    /// the SDK refuses it too.
    /// </summary>
    private static void RejectToken(object? value, string name)
    {
        if (value is CancellationToken)
            throw new ArgumentException($"{name} is a CancellationToken; pass it as the cancellationToken argument.", name);
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active) return;
        Stack.RemoveAt(0);
        // A dialog that no longer exists has nothing to clean up; popping it must still work.
        if (Dialogs.Find(active.Id) is { } dialog)
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken).ConfigureAwait(false);
    }
}
