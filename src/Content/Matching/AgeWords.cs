using System.Globalization;
using AwarenessBot.Text;

namespace AwarenessBot.Content.Matching;

/// <summary>
/// People state an age instead of saying "minor" ("a 16 yr old", "my 15yo", "tiene 14 años"); what matters to
/// every topic is that the person is under 18, so an age under 18 becomes the word the content uses for it.
/// </summary>
public static class AgeWords
{
    private static readonly HashSet<string> EnglishUnits = new(StringComparer.Ordinal) { "yo", "yr", "yrs", "year", "years" };
    private static readonly HashSet<string> SpanishUnits = new(StringComparer.Ordinal) { "ano", "anos" };

    /// <summary>Words (from <see cref="TextNormalizer.Words"/>) with each age under 18 and its unit replaced by "minor" or "menor".</summary>
    public static List<string> Rewrite(List<string> words)
    {
        var split = words.SelectMany(SplitNumber).ToList();
        var result = new List<string>(split.Count);
        for (var i = 0; i < split.Count; i++)
        {
            var unit = i + 1 < split.Count ? split[i + 1] : "";
            var isAge = int.TryParse(split[i], NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is > 0 and < 18;
            if (isAge && (EnglishUnits.Contains(unit) || SpanishUnits.Contains(unit)))
            {
                result.Add(SpanishUnits.Contains(unit) ? "menor" : "minor");
                i += i + 2 < split.Count && split[i + 2] == "old" ? 2 : 1;
            }
            else result.Add(split[i]);
        }
        return result;
    }

    /// <summary>"16yo" is "16" "yo"; other words stay whole.</summary>
    private static IEnumerable<string> SplitNumber(string word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
        if (digits is 0 || digits == word.Length || !EnglishUnits.Contains(word[digits..])) return [word];
        return [word[..digits], word[digits..]];
    }
}
