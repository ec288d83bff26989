using System.Text;
using AwarenessBot.Safety.Cleaning;
using AwarenessBot.Text;

namespace AwarenessBot.Safety;

/// <summary>
/// Turns a raw message into a canonical lower-case word string the crisis patterns are
/// written against: no accents or punctuation, contractions and chat slang expanded, and
/// misspellings of the distinctive crisis words corrected. Pure and allocation-light.
/// </summary>
public static class CrisisTextNormalizer
{
    // Chat slang and apostrophe-less contractions, expanded to the words the patterns use.
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["im"] = "i am", ["iam"] = "i am", ["ima"] = "i am going to", ["imma"] = "i am going to",
        ["ive"] = "i have", ["id"] = "i would", ["dont"] = "do not", ["doesnt"] = "does not", ["didnt"] = "did not",
        ["cant"] = "can not", ["cannot"] = "can not", ["wont"] = "will not", ["isnt"] = "is not", ["arent"] = "are not",
        ["wasnt"] = "was not", ["werent"] = "were not", ["aint"] = "am not", ["havent"] = "have not", ["hasnt"] = "has not",
        ["shouldnt"] = "should not", ["couldnt"] = "could not", ["wouldnt"] = "would not",
        ["theyre"] = "they are", ["theyve"] = "they have", ["theyll"] = "they will", ["theyd"] = "they would",
        ["hell"] = "he will", ["hed"] = "he would", ["shell"] = "she will", ["youll"] = "you will", ["itll"] = "it will", ["whats"] = "what is", ["youre"] = "you are", ["hes"] = "he is", ["shes"] = "she is",
        ["wanna"] = "want to", ["gonna"] = "going to", ["gotta"] = "have to", ["hafta"] = "have to", ["tryna"] = "trying to",
        ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["ppl"] = "people", ["pls"] = "please", ["plz"] = "please", ["plse"] = "please",
        ["bf"] = "boyfriend", ["gf"] = "girlfriend", ["bc"] = "because", ["cuz"] = "because", ["rn"] = "right now",
        ["kms"] = "kill myself", ["kil"] = "kill", ["unalive"] = "kill myself", ["sewerslide"] = "suicide",
        ["suicde"] = "suicide", ["sucide"] = "suicide", ["mself"] = "myself", ["meself"] = "myself", ["mysef"] = "myself",
        ["bein"] = "being", ["gettin"] = "getting", ["tryin"] = "trying", ["goin"] = "going", ["hlp"] = "help", ["halp"] = "help", ["nudez"] = "nudes", ["pix"] = "pics",
        ["smn"] = "someone", ["sum1"] = "someone", ["some1"] = "someone", ["sb"] = "somebody",
        // Spanish chat slang.
        ["q"] = "que", ["k"] = "que", ["pa"] = "para", ["pal"] = "para el", ["xq"] = "porque", ["pq"] = "porque", ["xfa"] = "por favor", ["porfa"] = "por favor",
        ["ayudenme"] = "ayudame", ["kiero"] = "quiero", ["qiero"] = "quiero", ["kieres"] = "quieres", ["ayudame"] = "ayudame", ["auxlio"] = "auxilio",
    };

    // Distinctive crisis words: a token one edit away from one of these (and not itself a common
    // word) is read as that word, so "forsed", "traffiked" and "sucidal" still count.
    private static readonly string[] FuzzyTargets =
    [
        "trafficked", "trafficking", "trafficker", "traffickers", "forced", "forcing", "forces", "suicide", "suicidal",
        "myself", "kidnapped", "threatened", "threatening", "threatens", "blackmail", "blackmailing", "blackmailed",
        "prostituted", "molested", "molesting", "exploited", "exploiting", "raped", "raping", "pimped", "pimping",
        "selling", "beating", "hitting", "hurting", "danger", "please", "trapped", "locked", "escape", "passport",
        "following", "someone", "somebody", "touching", "touched", "controlled", "controlling", "pressured", "stalking",
        "obligan", "obligaron", "vendieron", "amenazan", "auxilio", "socorro", "peligro", "suicidarme", "matarme", "ayudame",
    ];

    // Short words where only a swapped pair of letters counts as a typo ("hlep", "kilL"): any
    // other one-letter change turns them into everyday words ("told", "tell", "will").
    private static readonly string[] TranspositionTargets = ["help", "kill", "sold", "sell", "hurt", "rape", "die", "sos"];

    // Everyday words one edit from a fuzzy target; never "correct" them.
    private static readonly HashSet<string> NeverCorrect = new(StringComparer.Ordinal)
    {
        "looked", "looking", "locker", "locket", "forked", "forged", "fired", "forget", "choked",
        "settling", "smelling", "telling", "yelling", "spelling", "betting", "sitting", "fitting",
        "heating", "seating", "beading", "hinting", "hunting", "hurling", "curling", "someones", "touchdown",
        "taped", "rated", "roped", "raced", "raked", "danced", "ranger", "manger", "anger",
    };

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var words = TextNormalizer.Words(text);
        var output = new StringBuilder(text.Length + 16);
        foreach (var raw in words)
        {
            var word = Lexicon.Squeeze(raw);
            if (Expansions.TryGetValue(word, out var expanded)) word = expanded;
            else if (Expansions.TryGetValue(raw, out expanded)) word = expanded;
            else word = Correct(word);
            if (output.Length > 0) output.Append(' ');
            output.Append(word);
        }
        return output.ToString();
    }

    /// <summary>True for a word the normalizer treats specially (an expansion, a crisis word it corrects towards).</summary>
    internal static bool Knows(string word) => Expansions.ContainsKey(word) || FuzzyTargets.Contains(word) || TranspositionTargets.Contains(word);

    /// <summary>The crisis words typos are corrected towards.</summary>
    internal static IEnumerable<string> Vocabulary => FuzzyTargets.Concat(TranspositionTargets);

    private static string Correct(string word)
    {
        if (word.Length < 3 || NeverCorrect.Contains(word) || FuzzyTargets.Contains(word)) return word;
        foreach (var target in TranspositionTargets)
            if (word.Length == target.Length && word != target && IsTransposition(word, target)) return target;
        if (word.Length < 5) return word;
        foreach (var target in FuzzyTargets)
        {
            if (word == target) return word;
            if (Math.Abs(word.Length - target.Length) <= 1 && EditDistance.AtMostOne(word, target)) return target;
        }
        return word;
    }

    private static bool IsTransposition(string a, string b)
    {
        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (first >= 0) return i == first + 1 && a[first] == b[i] && a[i] == b[first] && a[(i + 1)..] == b[(i + 1)..];
            first = i;
        }
        return false;
    }
}
