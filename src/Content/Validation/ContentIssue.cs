using AwarenessBot.Content.Model;

namespace AwarenessBot.Content.Validation;

public enum IssueSeverity { Warning, Error }

/// <summary>A problem in the content, printed as "file:line: error: message" like a compiler.</summary>
public sealed record ContentIssue(IssueSeverity Severity, SourceLocation Location, string Message)
{
    public override string ToString() =>
        $"{Location.File}:{Location.Line}: {(Severity == IssueSeverity.Error ? "error" : "warning")}: {Message}";
}

/// <summary>Collects issues while content is read and checked.</summary>
public sealed class ContentIssues
{
    private readonly List<ContentIssue> _items = [];

    public IReadOnlyList<ContentIssue> All => _items;
    public bool HasErrors => _items.Any(i => i.Severity == IssueSeverity.Error);

    public void Error(SourceLocation at, string message) => _items.Add(new(IssueSeverity.Error, at, message));
    public void Warning(SourceLocation at, string message) => _items.Add(new(IssueSeverity.Warning, at, message));
}

/// <summary>Thrown at start-up when the content has errors; the message lists every one of them.</summary>
public sealed class ContentValidationException(IReadOnlyList<ContentIssue> issues)
    : Exception("The content has errors:\n" + string.Join("\n", issues.Where(i => i.Severity == IssueSeverity.Error)))
{
    public IReadOnlyList<ContentIssue> Issues { get; } = issues;
}
