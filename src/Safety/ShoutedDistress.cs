namespace AwarenessBot.Safety;

/// <summary>
/// One shouted or exclaimed word of distress: "HELP", "help!!", "TRAPPED PLS", "sos", "911",
/// "auxilio". The lowercase word "help" alone stays the help command, whose reply already
/// starts with 911 and the hotline.
/// </summary>
internal static class ShoutedDistress
{
    /// <summary>Names this check among the rules that fired; the check itself is the code below, not the pattern.</summary>
    public static readonly CrisisRule Rule = CrisisRule.En("shouted-distress", CrisisKind.CallForHelp, "$^");

    private const int MaxWords = 5;

    /// <summary>Words that are an alarm on their own, typed any way.</summary>
    private static readonly HashSet<string> Alarms = new(StringComparer.Ordinal) { "sos", "911", "mayday", "auxilio", "socorro", "ayudenme", "ayudame" };

    /// <summary>Words that are an alarm when shouted in capitals or with an exclamation mark.</summary>
    private static readonly HashSet<string> Distress = new(StringComparer.Ordinal)
    {
        "help", "helpme", "trapped", "danger", "scared", "terrified", "hurry", "emergency", "ayuda", "peligro", "emergencia", "miedo",
    };

    /// <summary>Words that may stand around the alarm without changing it ("911 please", "sos now").</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "please", "now", "me", "someone", "somebody", "anyone", "right", "asap", "i", "am", "need", "help", "pls", "por", "favor", "ya", "alguien", "god",
    };

    public static bool IsMatch(string cleaned, string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords) return false;
        if (words.Any(Alarms.Contains) && words.All(w => Alarms.Contains(w) || Filler.Contains(w))) return true;
        if (!words.Any(Distress.Contains) || normalized.Contains("with", StringComparison.Ordinal)) return false;
        var letters = cleaned.Where(char.IsLetter).ToList();
        var shouted = letters.Count >= 2 && letters.All(char.IsUpper);
        return shouted || cleaned.Contains('!');
    }
}
