namespace AwarenessBot.Telemetry;

/// <summary>
/// URL paths as spans may record them: the Bot Framework and Direct Line paths carry conversation and activity
/// ids ("/v3/conversations/{id}/activities/{id}"), which identify a conversation, so any segment that is not
/// a plain word (it has a digit, a colon, an @, ...) or is long becomes "{id}".
/// </summary>
public static class TelemetryPaths
{
    private const int LongestWord = 24;

    public static string Redact(string? path)
    {
        if (string.IsNullOrEmpty(path)) return "/";
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
            if (!IsPlainWord(segments[i])) segments[i] = "{id}";
        return string.Join('/', segments);
    }

    private static bool IsPlainWord(string segment) =>
        segment == "v3" || (segment.Length <= LongestWord && segment.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '-' or '_' or '.'));
}
