using System.Globalization;
using System.Text;

namespace AwarenessBot.Text;

/// <summary>
/// Text to matching terms: lower case, no accents or apostrophes, no stop words, light
/// English stemming ("traffickers" and "trafficking" both become "traffick"). Pure functions.
/// </summary>
public static partial class TextNormalizer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        // English
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "about", "from", "into",
        "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "doing", "have", "has", "had",
        "i", "me", "my", "mine", "myself", "you", "your", "yours", "we", "us", "our", "it", "its", "they", "them", "their",
        "he", "him", "his", "she", "her", "this", "that", "these", "those", "there", "here", "what", "whats", "which", "who",
        "whom", "whose", "how", "hows", "why", "when", "where", "can", "could", "would", "should", "will", "shall", "may",
        "might", "must", "im", "ive", "id", "ill", "youre", "dont", "doesnt", "didnt", "cant", "isnt", "arent", "so", "some",
        "any", "all", "just", "please", "pls", "plz", "tell", "know", "want", "wanna", "like", "get", "got", "thing",
        "things", "really", "very", "also", "too", "then", "than", "as", "up", "out", "u", "ur", "r", "explain", "mean",
        "means", "meaning", "define", "definition", "info", "information", "learn", "need", "give", "show",
        "anything", "something", "kind", "kinds", "type", "types", "one", "ones", "much", "many", "lot", "lots", "ok", "okay",
        "hey", "hi", "hello", "thanks", "thank", "bot", "question", "let", "lets", "say", "said", "go", "going", "try",
        "simply", "basically", "exactly", "actually", "quickly", "briefly", "again", "usually", "anyway",
        // Chat filler that says nothing about the topic.
        "wat", "wut", "wht", "yo", "fr", "ya", "yall", "bruh", "lol", "lmao", "omg", "idk", "tbh", "rn", "um", "uh", "hmm",
        "tho", "abt", "yes", "no", "cuz", "bc",
        // Spanish
        "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "y", "o", "que", "en", "con", "por", "para",
        "es", "son", "como", "cual", "cuales", "quien", "donde", "cuando", "mi", "mis", "tu", "tus", "su", "sus",
        "se", "lo", "le", "les", "sobre", "puedo", "hay", "esta", "este", "esto", "eso",
    };

    /// <summary>
    /// Lower-cased words without accents, apostrophes or punctuation ("C.S.E.C." is one word; "don't" reads
    /// "dont" typed either way; an at sign inside a word is the letter a, as in "tr@ficada").
    /// </summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return words;
        text = DottedAcronym().Replace(text, m => m.Value.Replace(".", ""));
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '‘' or '`' or '´') continue;
            if (char.IsLetterOrDigit(c) || (c == '@' && current.Length > 0)) current.Append(c == '@' ? 'a' : char.ToLowerInvariant(c));
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>The terms of a text for matching: words minus stop words, stemmed.</summary>
    public static List<string> Terms(string? text) => Words(text).Where(w => !IsStopWord(w)).Select(Stem).ToList();

    /// <summary>A light suffix stripper; it only has to map a word's forms to one term, not find the linguistic root.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 3 || char.IsDigit(word[0])) return word;
        string Strip(int n) => word[..^n];
        if (word.EndsWith("ings", StringComparison.Ordinal) && word.Length > 6) word = Strip(4);
        else if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5) word = Strip(3);
        // "traffickers" -> "trafficker", kept apart from "trafficking": the person is not the crime.
        else if (word.EndsWith("ers", StringComparison.Ordinal) && word.Length > 5) word = Strip(1);
        else if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) word = Strip(3) + "y";
        else if (word.EndsWith("ied", StringComparison.Ordinal) && word.Length > 4) word = Strip(3) + "y";
        else if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 5) word = Strip(2);
        else if (word.EndsWith("ly", StringComparison.Ordinal) && word.Length > 5) word = Strip(2);
        else if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal)) word = Strip(1);
        if (word.Length > 4 && word.EndsWith('e')) word = word[..^1];
        // Doubled final consonants from "-ed"/"-ing" ("kidnapped" -> "kidnapp" -> "kidnap").
        if (word.Length > 4 && word[^1] == word[^2] && !"aeiouls".Contains(word[^1])) word = word[..^1];
        return word;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:\p{L}\.){2,}\p{L}?\.?")]
    private static partial System.Text.RegularExpressions.Regex DottedAcronym();
}
