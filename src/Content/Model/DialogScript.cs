namespace AwarenessBot.Content.Model;

/// <summary>A waterfall dialog written as content: a list of steps the dialog engine runs in order.</summary>
public sealed class DialogScript
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>The topic this dialog teaches; reported in the Route trace while the dialog runs.</summary>
    public string? Topic { get; init; }
    public required IReadOnlyList<ScriptStep> Steps { get; init; }
    public required SourceLocation Location { get; init; }
}

/// <summary>A step of a dialog script. Prompt steps wait for the user; the others run at once.</summary>
public abstract record ScriptStep(SourceLocation Location);

/// <summary>Send a message.</summary>
public sealed record SayStep(string Text, SourceLocation Location) : ScriptStep(Location);

/// <summary>Send a topic's body for the user's audience (without its follow-up buttons).</summary>
public sealed record TopicStep(string TopicId, SourceLocation Location) : ScriptStep(Location);

/// <summary>Show a topic's messages one at a time, with "next" and "done" buttons.</summary>
public sealed record PagesStep(string TopicId, string NextLabel, string DoneLabel, int Limit, SourceLocation Location) : ScriptStep(Location);

/// <summary>Ask a question with buttons; each choice runs its own actions, then the script goes on.</summary>
public sealed record AskStep(string Prompt, IReadOnlyList<ScriptChoice> Choices, string? Retry, SourceLocation Location) : ScriptStep(Location);

/// <summary>Ask a yes/no question.</summary>
public sealed record ConfirmStep(string Prompt, IReadOnlyList<ScriptStep> Yes, IReadOnlyList<ScriptStep> No, string? Retry, SourceLocation Location) : ScriptStep(Location);

/// <summary>
/// Ask for a short free-text answer and keep it, under <see cref="Save"/>, until the dialog ends
/// (later <c>say</c> steps can show it as <c>{name}</c>). <see cref="SkipLabel"/> is a button that leaves it blank.
/// </summary>
public sealed record TextStep(string Prompt, string Save, string? SkipLabel, SourceLocation Location) : ScriptStep(Location);

/// <summary>Ask whether the user is school staff or a student, unless the bot already knows.</summary>
public sealed record AudienceStep(string Prompt, string StaffLabel, string StudentLabel, SourceLocation Location) : ScriptStep(Location);

/// <summary>Leave this script and start another dialog.</summary>
public sealed record StartDialogStep(string DialogId, SourceLocation Location) : ScriptStep(Location);

/// <summary>Leave this script and show the main menu.</summary>
public sealed record MenuStep(SourceLocation Location) : ScriptStep(Location);

/// <summary>End this script.</summary>
public sealed record EndStep(SourceLocation Location) : ScriptStep(Location);

/// <summary>Send the fixed emergency response (from code, never content) and end every dialog.</summary>
public sealed record EmergencyStep(SourceLocation Location) : ScriptStep(Location);

/// <summary>A button of an <see cref="AskStep"/> and the steps it runs (none of which may be prompts).</summary>
public sealed record ScriptChoice(string Title, IReadOnlyList<ScriptStep> Then, SourceLocation Location);
