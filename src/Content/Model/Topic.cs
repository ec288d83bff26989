namespace AwarenessBot.Content.Model;

/// <summary>
/// One toolkit topic, read from one Markdown file. The body is a list of chat messages; parts
/// of it may be written for staff or for students only.
/// </summary>
public sealed class Topic
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    /// <summary>The toolkit section the facts come from, so an admin can check them.</summary>
    public required string Source { get; init; }
    public IReadOnlyList<string> Questions { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<Link> Choices { get; init; } = [];
    /// <summary>A dialog that answers this topic better than the body alone (asking it starts the dialog).</summary>
    public string? Dialog { get; init; }
    public required TopicBody Body { get; init; }
    public required SourceLocation Location { get; init; }
    /// <summary>Line of each question, for "listed under two topics" errors.</summary>
    public IReadOnlyList<int> QuestionLines { get; init; } = [];

    /// <summary>The messages to send to someone in <paramref name="audience"/> (All = not known: everything).</summary>
    public IReadOnlyList<string> MessagesFor(Audience audience) => Body.MessagesFor(audience);
}

/// <summary>The messages of a topic body, by audience.</summary>
public sealed record TopicBody(IReadOnlyList<string> Everyone, IReadOnlyList<string> Staff, IReadOnlyList<string> Student)
{
    public bool IsEmpty => Everyone.Count == 0 && Staff.Count == 0 && Student.Count == 0;

    public IReadOnlyList<string> MessagesFor(Audience audience) => audience switch
    {
        Audience.Staff => [.. Everyone, .. Staff],
        Audience.Student => [.. Everyone, .. Student],
        _ => [.. Everyone, .. Student, .. Staff],
    };
}
