using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace AwarenessBot.Safety.Cleaning;

/// <summary>
/// Undoes what stands between a message and its words, before any signal reads it: Teams rich
/// text (HTML tags and entities), invisible characters, full-width and other compatibility
/// forms, letters spaced apart ("k i l l"), digits and symbols standing for letters ("d1e",
/// "tr@fficked", "s*icide") and stretched letters ("pleaseeee"). The result keeps the user's
/// casing and punctuation, so it reads naturally for the embedding model and the matcher.
/// Pure, and it never throws on odd input.
/// </summary>
public static partial class MessageCleaner
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        if (text.Contains('<') || text.Contains('&')) text = StripMarkup(text);
        text = FoldCharacters(text);
        text = JoinSpacedLetters(text);
        text = Token().Replace(text, m => DecodeWord(m.Value));
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>Block tags separate words, inline tags ("&lt;b&gt;kill&lt;/b&gt;") do not; entities become their characters.</summary>
    private static string StripMarkup(string text)
    {
        text = BlockTag().Replace(text, " ");
        text = InlineTag().Replace(text, "");
        return WebUtility.HtmlDecode(text);
    }

    /// <summary>Drops invisible format characters (zero-width spaces and joiners, soft hyphens) and folds full-width and other compatibility forms (NFKC).</summary>
    private static string FoldCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) continue;
            builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        try
        {
            return builder.ToString().Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return builder.ToString(); // unpaired surrogates cannot be normalized; the rest still can be read
        }
    }

    /// <summary>
    /// "k i l l myself" -> "kill myself", "h e l p   m e" -> "help me": three or more single letters
    /// in a row, one separator apart, are one word; a wider gap ends the word.
    /// </summary>
    private static string JoinSpacedLetters(string text)
    {
        var joined = SpacedLetters().Replace(text, m => new string(m.Value.Where(char.IsLetter).ToArray()));
        // Someone spacing out letters spaces out short words too: "h e l p   m e".
        return joined == text ? text : SpacedPair().Replace(joined, m => new string(m.Value.Where(char.IsLetter).ToArray()));
    }

    /// <summary>Reads one word's disguises: symbols and digits for letters, then stretched letters.</summary>
    private static string DecodeWord(string word)
    {
        if (HasDisguise(word)) word = DecodeSymbols(word);
        return Lexicon.Squeeze(word);
    }

    private static bool HasDisguise(string word)
    {
        var letters = false;
        var others = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c)) letters = true;
            else if (LetterFor(c) is not null || c == '*') others = true;
        }
        return letters && others;
    }

    /// <summary>
    /// "d1e" -> "die", "k!ll" -> "kill", "s*icide" -> "suicide", "$ex" -> "sex". A symbol between letters is
    /// always read as a letter; at the edge of a word only when that makes a word we know ("5th" stays).
    /// '*' stands for any one letter: it is filled in when exactly one known word fits.
    /// </summary>
    private static string DecodeSymbols(string word)
    {
        var lower = word.ToLowerInvariant();
        var start = 0;
        var end = lower.Length;
        while (start < end && !char.IsLetterOrDigit(lower[start]) && LetterFor(lower[start]) is null && lower[start] != '*') start++;
        while (end > start && !char.IsLetterOrDigit(lower[end - 1]) && lower[end - 1] is not ('*' or '$' or '@')) end--;
        var core = lower[start..end];
        if (core.Length < 2) return word;

        foreach (var candidate in Candidates(core))
        {
            if (candidate.Contains('*'))
            {
                if (Lexicon.FillWildcard(candidate) is { } filled) return word[..start] + filled + word[end..];
                continue;
            }
            if (Lexicon.IsKnown(candidate)) return word[..start] + candidate + word[end..];
        }
        // Nothing known: still read symbols that sit between letters ("tr@fficked"), so typo tolerance can take it from there.
        var interior = ReadInterior(core);
        return interior == core ? word : word[..start] + interior.Replace("*", "") + word[end..];
    }

    /// <summary>The word with its symbols read as letters: '1' and '!' as 'i' first, then as 'l'.</summary>
    private static IEnumerable<string> Candidates(string core)
    {
        yield return Map(core, oneAs: 'i');
        yield return Map(core, oneAs: 'l');
    }

    private static string Map(string core, char oneAs)
    {
        var chars = core.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (LetterFor(chars[i]) is { } letter) chars[i] = chars[i] is '1' or '!' or '|' ? oneAs : letter;
        return new string(chars);
    }

    private static string ReadInterior(string core)
    {
        var chars = core.ToCharArray();
        for (var i = 1; i < chars.Length - 1; i++)
            if (LetterFor(chars[i]) is { } letter && char.IsLetter(chars[i - 1]) && (char.IsLetter(core[i + 1]) || LetterFor(core[i + 1]) is not null))
                chars[i] = letter;
        return new string(chars);
    }

    private static char? LetterFor(char c) => c switch
    {
        '0' => 'o', '1' => 'i', '3' => 'e', '4' => 'a', '5' => 's', '7' => 't',
        '@' => 'a', '$' => 's', '!' => 'i', '|' => 'l', '€' => 'e',
        _ => null,
    };

    [GeneratedRegex(@"</?(p|div|br|li|ul|ol|tr|td|th|table|h[1-6]|blockquote|pre|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex InlineTag();

    // Three or more single letters, each followed by one separator (space, dot, dash, underscore), not inside a word.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}(?:[ ._\-]\p{L}){2,}(?![\p{L}\p{N}])")]
    private static partial Regex SpacedLetters();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}[ ._\-]\p{L}(?![\p{L}\p{N}])")]
    private static partial Regex SpacedPair();

    [GeneratedRegex(@"[^\s]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
