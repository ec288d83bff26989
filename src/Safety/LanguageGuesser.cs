namespace AwarenessBot.Safety;

/// <summary>
/// A tiny English/Spanish guess from function words, enough to answer a Spanish speaker in
/// Spanish. Ties and unknowns are English.
/// </summary>
public static class LanguageGuesser
{
    private static readonly HashSet<string> SpanishWords = new(StringComparer.Ordinal)
    {
        "que", "de", "el", "la", "los", "las", "un", "una", "y", "en", "con", "para", "por", "porque", "estoy", "soy",
        "quiero", "tengo", "mi", "mis", "yo", "es", "esta", "como", "donde", "cuando", "pero", "ayuda", "ayudame", "auxilio",
        "socorro", "hola", "gracias", "necesito", "puedo", "tiene", "tienen", "hacer", "trata", "personas", "senales",
        "nadie", "algo", "alguien", "muy", "mas", "del", "al", "se", "su", "sus", "le", "les", "nos", "eso", "esto",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "i", "my", "the", "is", "am", "are", "to", "and", "you", "of", "in", "a", "an", "what", "how", "where", "when",
        "help", "it", "this", "that", "with", "for", "do", "does", "can", "be", "have", "has", "was", "im", "dont", "someone",
        "hi", "hello", "thanks", "please", "report", "signs", "who", "why", "about", "they", "he", "she", "me",
    };

    public static CrisisLanguage Guess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return CrisisLanguage.English;
        var spanish = 0;
        var english = 0;
        foreach (var word in CrisisTextNormalizer.Tokenize(text))
        {
            if (SpanishWords.Contains(word)) spanish++;
            if (EnglishWords.Contains(word)) english++;
        }
        return spanish > english ? CrisisLanguage.Spanish : CrisisLanguage.English;
    }
}
