using Microsoft.Bot.Builder;

namespace AwarenessBot.Dialogs;

/// <summary>
/// A unit of conversation that can span turns. Mirrors Microsoft.Bot.Builder.Dialogs.Dialog,
/// so moving to the SDK package stays mechanical.
/// </summary>
public abstract class Dialog(string id)
{
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>The user answered while this dialog was on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog this one started has ended with <paramref name="result"/>.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default) =>
        dc.EndDialogAsync(result, cancellationToken);

    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;
}

/// <summary>The stack names a dialog the set does not have (for example, content changed under a running conversation).</summary>
public sealed class DialogNotFoundException(string id) : Exception($"The dialog '{id}' is not in the dialog set.")
{
    public string DialogId { get; } = id;
}
