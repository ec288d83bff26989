namespace AwarenessBot.Dialogs;

/// <summary>
/// Put in TurnState by the bot: tells a prompt that an answer it cannot read is really a new
/// question ("what is CSEC?" in reply to "staff or student?"), so the prompt ends at once
/// with <see cref="UnrecognizedInput"/> instead of asking again.
/// </summary>
public interface IInterruptionDetector
{
    bool IsInterruption(string text);
}
