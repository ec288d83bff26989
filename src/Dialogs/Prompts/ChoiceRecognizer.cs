using AwarenessBot.Content.Matching;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.Number;

namespace AwarenessBot.Dialogs;

/// <summary>
/// Finds which choice a user meant: the title or a synonym ("red signs"), its number or
/// ordinal ("2", "the second one", "segundo", "last"), or enough of its words, typos allowed.
/// Numbers and ordinals come from Microsoft.Recognizers.Text.Number, in English and Spanish.
/// </summary>
public static class ChoiceRecognizer
{
    // Words that can surround a number without changing what it picks ("option 2 please").
    private static readonly HashSet<string> Filler =
    [
        "the", "one", "option", "number", "no", "choice", "item", "button", "pick", "choose", "i", "ill", "take", "want",
        "please", "that", "this", "el", "la", "lo", "opcion", "numero", "quiero", "uno", "una", "de", "st", "nd", "rd", "th",
    ];

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0) return null;
        var words = TextNormalizer.Words(text);
        if (words.Count == 0) return null;
        var normalized = string.Join(' ', words);

        for (var i = 0; i < choices.Count; i++)
            if (Names(choices[i]).Any(n => n == normalized)) return new(choices[i].Value, i, 1.0);

        if (ByPosition(text, words, choices.Count) is { } index) return new(choices[index].Value, index, 1.0);

        return ByWords(words, choices);
    }

    private static IEnumerable<string> Names(Choice choice) =>
        choice.Synonyms.Prepend(choice.Value).Select(n => string.Join(' ', TextNormalizer.Words(n)));

    private static int? ByPosition(string text, List<string> words, int count)
    {
        if (words is ["last"] or ["the", "last", ..] or ["ultimo"] or ["ultima"] or ["el", "ultimo"] or ["la", "ultima"]) return count - 1;
        foreach (var culture in new[] { Culture.English, Culture.Spanish })
        {
            var results = NumberRecognizer.RecognizeOrdinal(text, culture).Concat(NumberRecognizer.RecognizeNumber(text, culture));
            foreach (var result in results)
            {
                if (!TryGetPosition(result, out var position) || position < 1 || position > count) continue;
                // Only a bare number picks: "the second one" does, "I have 2 questions" does not.
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
            && int.TryParse(value?.ToString(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out position);
    }

    /// <summary>The choice whose words best cover what the user typed, if one clearly does.</summary>
    private static FoundChoice? ByWords(List<string> words, IReadOnlyList<Choice> choices)
    {
        var input = words.Where(w => !TextNormalizer.IsStopWord(w)).Select(TextNormalizer.Stem).Distinct().ToList();
        if (input.Count == 0) return null;
        var scored = new List<(int Index, double Score)>();
        for (var i = 0; i < choices.Count; i++)
        {
            var best = 0.0;
            foreach (var name in choices[i].Synonyms.Prepend(choices[i].Value))
            {
                var terms = TextNormalizer.Terms(name).Distinct().ToList();
                if (terms.Count == 0) continue;
                var matched = input.Count(w => terms.Any(t => SameWord(w, t)));
                // Most of what was typed must be the choice, and at least half the choice must be there:
                // "report" picks "How to report", "what is a myth about trafficking" does not pick "What is trafficking?".
                var inputCovered = matched / (double)input.Count;
                var choiceCovered = matched / (double)terms.Count;
                if (inputCovered >= 0.75 && choiceCovered >= 0.5) best = Math.Max(best, (inputCovered + choiceCovered) / 2);
            }
            if (best > 0) scored.Add((i, best));
        }
        var ranked = scored.OrderByDescending(s => s.Score).ToList();
        if (ranked.Count == 0 || ranked[0].Score < 0.5) return null;
        if (ranked.Count > 1 && ranked[1].Score >= ranked[0].Score) return null; // a tie is not a choice
        return new(choices[ranked[0].Index].Value, ranked[0].Index, ranked[0].Score);
    }

    private static bool SameWord(string a, string b) =>
        a == b || (a.Length >= 4 && b.Length >= 4 && Safety.EditDistance.AtMostOne(a, b));
}
