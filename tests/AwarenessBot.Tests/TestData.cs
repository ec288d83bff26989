namespace AwarenessBot.Tests;

/// <summary>Reads the line-based test sets under data/: one item per line, '#' starts a comment.</summary>
internal static class TestData
{
    public static string PathOf(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "data", .. parts]);

    public static IReadOnlyList<string> Lines(params string[] parts) =>
        File.ReadAllLines(PathOf(parts))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
}
