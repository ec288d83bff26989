namespace AwarenessBot.Dialogs.Awareness;

/// <summary>
/// How often a "k" or "?" (too short to be a new message) gets the question again before the bot moves on.
/// Anything longer is read as a new message at once (<see cref="Prompt{T}"/>).
/// </summary>
public static class PromptRetries
{
    /// <summary>A menu: once, then the bot lets it go (the menu is one "menu" away).</summary>
    public const int Menu = 1;

    /// <summary>A question a dialog needs answered (who you are, a yes/no, a step of the safety plan).</summary>
    public const int Question = 2;
}
