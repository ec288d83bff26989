namespace AwarenessBot.Content.Model;

/// <summary>Where something was written, so errors can say "file:line".</summary>
public readonly record struct SourceLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
