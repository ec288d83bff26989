using AwarenessBot.Text;

namespace AwarenessBot.Content.Matching;

/// <summary>
/// The content's synonyms (synonyms.yaml) as the matcher uses them: word stems mapped to the stem of the word
/// the topics use, and phrases that stand for one word ("en línea" is "internet"; "report card" is no report).
/// Immutable; pure lookups.
/// </summary>
public sealed class Synonyms
{
    public static readonly Synonyms None = new(new Dictionary<string, string>(), []);

    private readonly IReadOnlyDictionary<string, string> _stems;
    private readonly IReadOnlyList<(string[] Words, string Word)> _phrases;

    /// <param name="stems">Stem -> the canonical stem.</param>
    /// <param name="phrases">A phrase's words (from <see cref="TextNormalizer.Words"/>) -> the word it stands for.</param>
    public Synonyms(IReadOnlyDictionary<string, string> stems, IReadOnlyList<(string[] Words, string Word)> phrases)
    {
        _stems = stems;
        // Longest first, so "en linea nacional" would win over "en linea".
        _phrases = [.. phrases.OrderByDescending(p => p.Words.Length)];
    }

    /// <summary>The canonical stem for a stem (itself when it has no synonyms).</summary>
    public string Map(string stem) => _stems.GetValueOrDefault(stem, stem);

    /// <summary>Words with each phrase replaced by the word it stands for.</summary>
    public List<string> ReplacePhrases(List<string> words)
    {
        if (_phrases.Count == 0) return words;
        var result = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var phrase = _phrases.FirstOrDefault(p => StartsAt(words, i, p.Words));
            if (phrase.Words is null) result.Add(words[i]);
            else
            {
                result.Add(phrase.Word);
                i += phrase.Words.Length - 1;
            }
        }
        return result;
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="words"/> at <paramref name="index"/>.</summary>
    internal static bool StartsAt(List<string> words, int index, string[] phrase)
    {
        if (index + phrase.Length > words.Count) return false;
        for (var j = 0; j < phrase.Length; j++)
            if (words[index + j] != phrase[j]) return false;
        return true;
    }
}
