using System.Text.RegularExpressions;

namespace AwarenessBot.Content.Model;

/// <summary>The "{name}" placeholders a say step fills with an answer saved by an earlier ask-text step.</summary>
public static partial class Placeholders
{
    /// <summary>The names of the placeholders in a text, in order.</summary>
    public static IEnumerable<string> NamesIn(string text) => Pattern().Matches(text).Select(m => m.Groups[1].Value);

    /// <summary>The text with each placeholder replaced by <paramref name="valueOf"/> its name.</summary>
    public static string Fill(string text, Func<string, string> valueOf) => Pattern().Replace(text, m => valueOf(m.Groups[1].Value));

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Pattern();
}
