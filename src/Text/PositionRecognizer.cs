using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace AwarenessBot.Text;

/// <summary>
/// Reads a position in a list from a number or an ordinal ("2", "the second one", "segundo", "last"), in English
/// and Spanish, with Microsoft.Recognizers.Text.Number. Only a bare number picks: "I have 2 questions" does not.
/// </summary>
public static class PositionRecognizer
{
    // Words that can surround a number without changing what it picks ("option 2 please").
    private static readonly HashSet<string> Filler =
    [
        "the", "one", "option", "number", "no", "choice", "item", "button", "pick", "choose", "i", "ill", "take", "want",
        "please", "that", "this", "el", "la", "lo", "opcion", "numero", "quiero", "uno", "una", "de", "st", "nd", "rd", "th",
    ];

    /// <summary>The 0-based position the text names in a list of <paramref name="count"/> items, or null.</summary>
    public static int? Recognize(string text, int count)
    {
        var words = TextNormalizer.Words(text);
        if (words is ["last"] or ["the", "last", ..] or ["ultimo"] or ["ultima"] or ["el", "ultimo"] or ["la", "ultima"]) return count - 1;
        foreach (var culture in new[] { Culture.English, Culture.Spanish })
        {
            var results = NumberRecognizer.RecognizeOrdinal(text, culture).Concat(NumberRecognizer.RecognizeNumber(text, culture));
            foreach (var result in results)
            {
                if (!TryGetPosition(result, out var position) || position < 1 || position > count) continue;
                var rest = TextNormalizer.Words(text.Remove(result.Start, result.End - result.Start + 1));
                if (rest.All(Filler.Contains)) return position - 1;
            }
        }
        return null;
    }

    private static bool TryGetPosition(ModelResult result, out int position)
    {
        position = 0;
        return result.Resolution is { } resolution
            && resolution.TryGetValue("value", out var value)
            && int.TryParse(value?.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out position);
    }
}
