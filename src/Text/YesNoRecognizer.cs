namespace AwarenessBot.Text;

/// <summary>Reads yes or no in English and Spanish ("yeah", "nope", "sí", "claro"). Null when it is neither.</summary>
public static class YesNoRecognizer
{
    private static readonly HashSet<string> YesWords =
    [
        "yes", "y", "yeah", "yea", "ya", "yep", "yup", "yess", "sure", "ok", "okay", "k", "correct", "right", "true",
        "affirmative", "definitely", "absolutely", "certainly", "indeed", "aye", "si", "claro", "sip", "dale", "vale", "afirmativo",
    ];

    private static readonly HashSet<string> YesPhrases = ["of course", "i think so", "i guess", "yes please", "por supuesto", "creo que si"];

    private static readonly HashSet<string> NoWords =
    [
        "no", "n", "nope", "nah", "na", "nay", "never", "negative", "false", "incorrect", "nobody", "noone", "nop",
    ];

    private static readonly HashSet<string> NoPhrases = ["not really", "no one", "i dont think so", "no thanks", "no thank you", "not now", "nadie", "creo que no"];

    public static bool? Recognize(string? text)
    {
        var words = TextNormalizer.Words(text);
        if (words.Count == 0) return null;
        var joined = string.Join(' ', words);
        if (NoPhrases.Contains(joined) || (words.Count <= 3 && NoWords.Contains(words[0]))) return false;
        if (YesPhrases.Contains(joined) || (words.Count <= 3 && YesWords.Contains(words[0]))) return true;
        return null;
    }
}
