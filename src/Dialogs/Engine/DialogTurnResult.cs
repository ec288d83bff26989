namespace AwarenessBot.Dialogs;

public enum DialogTurnStatus
{
    /// <summary>No dialog was running.</summary>
    Empty,
    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,
    /// <summary>The last dialog on the stack ended this turn.</summary>
    Complete,
    /// <summary>The stack was cancelled this turn.</summary>
    Cancelled,
}

public enum DialogReason { BeginCalled, ContinueCalled, EndCalled, ReplaceCalled, CancelCalled, NextCalled }

public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);

/// <summary>
/// What a prompt ends with when the user kept answering something it could not read: the text,
/// so the caller can treat it as a new question instead of trapping the user in the prompt.
/// </summary>
public sealed record UnrecognizedInput(string Text);
