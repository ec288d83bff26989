namespace AwarenessBot.Content.Model;

public enum LinkKind
{
    /// <summary>Show a topic.</summary>
    Topic,
    /// <summary>Start a dialog script.</summary>
    Dialog,
    /// <summary>Show the main menu.</summary>
    Menu,
    /// <summary>Show the list of all other topics.</summary>
    MoreTopics,
}

/// <summary>A button: a title the user sees and where it leads.</summary>
public sealed record Link(string Title, LinkKind Kind, string? Target, SourceLocation Location)
{
    public override string ToString() => Kind switch
    {
        LinkKind.Topic => $"topic {Target}",
        LinkKind.Dialog => $"dialog {Target}",
        _ => Kind.ToString(),
    };
}
