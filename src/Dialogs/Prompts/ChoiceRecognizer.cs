using AwarenessBot.Text;

namespace AwarenessBot.Dialogs;

/// <summary>
/// Finds which choice a user meant: the title or a synonym ("red signs"), its number or
/// ordinal ("2", "the second one", "segundo", "last"), or enough of its words, typos allowed.
/// Numbers and ordinals are read by <see cref="PositionRecognizer"/>.
/// </summary>
public static class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices)
    {
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0) return null;
        var words = TextNormalizer.Words(text);
        if (words.Count == 0) return null;
        var normalized = string.Join(' ', words);

        for (var i = 0; i < choices.Count; i++)
            if (Names(choices[i]).Any(n => n == normalized)) return new(choices[i].Value, i, 1.0);

        if (PositionRecognizer.Recognize(text, choices.Count) is { } index) return new(choices[index].Value, index, 1.0);

        return ByWords(words, choices);
    }

    private static IEnumerable<string> Names(Choice choice) =>
        choice.Synonyms.Prepend(choice.Value).Select(n => string.Join(' ', TextNormalizer.Words(n)));

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
        a == b || (a.Length >= 4 && b.Length >= 4 && EditDistance.AtMostOne(a, b));
}
