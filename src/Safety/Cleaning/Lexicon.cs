using System.Text;

namespace AwarenessBot.Safety.Cleaning;

/// <summary>
/// Words the disguise decoder may turn a token into: the crisis vocabulary plus everyday words
/// people stretch or disguise ("pleaseeee", "he1p", "p1cs"). Only used to choose between
/// readings of a disguised or stretched word, never to reject a word.
/// </summary>
public static class Lexicon
{
    private static readonly HashSet<string> Words = new(
        """
        help me please someone somebody anyone anybody now sos hurt hurting kill killing killed die dying dead death
        suicide suicidal myself yourself himself herself cut cutting pills overdose end life live alive want wanna need
        scared afraid terrified danger unsafe safe trapped stuck locked forced forcing force sold sell selling sex sexual
        rape raped abuse abused abusing molested touched pimp pimps pimped trafficked trafficking trafficker traffickers
        traffic threat threatened threatens threatening beat beaten hit hits hitting punch choke choked gun knife weapon
        blood bleeding police cops run away escape leave home house room door outside following watching stalking
        pics pic pictures photos nudes naked video videos send sent post posted leak leaked money pay paid owe debt
        boss job work working boyfriend girlfriend friend friends mom dad uncle aunt brother sister cousin stepdad
        guy guys man men older old adult stranger online meet hotel party car van drugs drugged drunk high
        no not nothing never nobody alone lonely sad crying cry tired done over stop enough bad good okay ok sorry
        so very really too yes yeah yep nope what why how who where when this that they them their there here
        is am are was were be been being have has had do does did dont cant wont im ive hes shes theyre
        god omg lol lmao bro dude hey hi hello thanks thank you your yours we us our out in on at to for of and or but
        ayuda ayudame auxilio socorro peligro miedo matarme morir muerte suicidarme violada violado vendida vendido
        obligan obligaron amenazan amenaza golpea golpean favor porfa porfavor nadie alguien quiero necesito
        suicidio morirme violaron trafico traficaron tratante tratantes trabajo trabajar trabajando matar pastillas
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Words that are often stretched for emphasis and must squeeze to one letter ("sooo", "nooo", "meee").</summary>
    private static readonly HashSet<string> Emphasised = new(StringComparer.Ordinal) { "me", "now", "no", "so", "god", "omg" };

    public static bool IsKnown(string word) => Words.Contains(word) || Emphasised.Contains(word) || CrisisTextNormalizer.Knows(word);

    /// <summary>The one known word that fits a pattern where '*' is any letter, or null when none or several fit.</summary>
    public static string? FillWildcard(string pattern)
    {
        string? found = null;
        foreach (var word in Words.Concat(CrisisTextNormalizer.Vocabulary))
        {
            if (word.Length != pattern.Length || !Fits(word, pattern)) continue;
            if (found is not null && found != word) return null;
            found = word;
        }
        return found;
    }

    private static bool Fits(string word, string pattern)
    {
        for (var i = 0; i < word.Length; i++)
            if (pattern[i] != '*' && pattern[i] != word[i]) return false;
        return true;
    }

    /// <summary>
    /// "pleaseeee" -> "please", "helppp" -> "help", "scareddd" -> "scaredd": a run of three or more of a
    /// letter is emphasis. It becomes one letter when that makes a known word, else two (runs of two are spelling, "kill").
    /// Keeps the word's casing.
    /// </summary>
    public static string Squeeze(string word)
    {
        if (!HasRunOfThree(word)) return word;
        var single = Collapse(word, keep: 1);
        return IsKnown(single.ToLowerInvariant()) ? single : Collapse(word, keep: 2);
    }

    private static bool HasRunOfThree(string word)
    {
        for (var i = 2; i < word.Length; i++)
            if (char.ToLowerInvariant(word[i]) == char.ToLowerInvariant(word[i - 1]) && char.ToLowerInvariant(word[i]) == char.ToLowerInvariant(word[i - 2]) && char.IsLetter(word[i]))
                return true;
        return false;
    }

    private static string Collapse(string word, int keep)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            var j = i;
            while (j < word.Length && char.ToLowerInvariant(word[j]) == char.ToLowerInvariant(word[i])) j++;
            builder.Append(word, i, j - i >= 3 && char.IsLetter(word[i]) ? keep : j - i);
            i = j;
        }
        return builder.ToString();
    }
}
