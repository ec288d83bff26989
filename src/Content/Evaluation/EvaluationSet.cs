using System.Text.Json;

namespace AwarenessBot.Content.Evaluation;

/// <summary>One batch-test line: a question and the topic id it should get ("none" = out of scope).</summary>
public sealed record EvaluationCase(string Question, string Expected, int Line)
{
    public const string None = "none";
    public bool IsOutOfScope => Expected == None;
}

/// <summary>
/// Reads a batch-test file: TSV (question, TAB, expected topic; '#' comments; an optional
/// "question/expected" header) or JSONL (one {"question": ..., "expected": ...} per line).
/// </summary>
public static class EvaluationSet
{
    public static IReadOnlyList<EvaluationCase> Read(string path)
    {
        var json = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        var cases = new List<EvaluationCase>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parsed = json ? ParseJson(line, path, lineNumber) : ParseTsv(line, path, lineNumber);
            if (parsed is not null) cases.Add(parsed);
        }
        return cases;
    }

    private static EvaluationCase? ParseTsv(string line, string path, int lineNumber)
    {
        var parts = line.Split('\t');
        if (parts.Length != 2) throw new FormatException($"{path}:{lineNumber}: expected a question, a TAB, then the topic id (or none)");
        if (parts[0].Trim().Equals("question", StringComparison.OrdinalIgnoreCase)) return null; // header
        return new(parts[0].Trim(), parts[1].Trim().ToLowerInvariant(), lineNumber);
    }

    private static EvaluationCase ParseJson(string line, string path, int lineNumber)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var question = root.GetProperty("question").GetString();
            var expected = (root.TryGetProperty("expected", out var e) ? e : root.GetProperty("topic")).GetString();
            if (string.IsNullOrWhiteSpace(question) || string.IsNullOrWhiteSpace(expected)) throw new FormatException("empty question or expected topic");
            return new(question.Trim(), expected.Trim().ToLowerInvariant(), lineNumber);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
        {
            throw new FormatException($"{path}:{lineNumber}: expected {{\"question\": \"...\", \"expected\": \"topic-id or none\"}} ({e.Message})");
        }
    }
}
