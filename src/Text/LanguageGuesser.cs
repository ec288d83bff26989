namespace AwarenessBot.Text;

/// <summary>
/// A tiny English/Spanish guess from function words, enough to answer a Spanish speaker in
/// Spanish. Ties and unknowns are English. Words both languages use ("a", "me", "no") count for neither.
/// </summary>
public static class LanguageGuesser
{
    private static readonly HashSet<string> SpanishWords = new(StringComparer.Ordinal)
    {
        "que", "de", "el", "la", "los", "las", "un", "una", "y", "en", "con", "para", "por", "porque", "estoy", "soy",
        "quiero", "tengo", "mi", "mis", "yo", "es", "esta", "como", "donde", "cuando", "pero", "ayuda", "ayudame", "auxilio",
        "socorro", "hola", "gracias", "necesito", "puedo", "tiene", "tienen", "hacer", "trata", "personas", "senales",
        "nadie", "algo", "alguien", "muy", "mas", "del", "al", "se", "su", "sus", "le", "les", "nos", "eso", "esto",
        "espanol", "que", "como", "cual", "cuales", "quien", "senales", "denunciar", "reportar", "ayudar", "trabajo", "escuela",
        "estudiante", "maestro", "maestra", "mama", "papa", "hija", "hijo", "amiga", "amigo", "novio", "novia", "hacer", "hago",
        "puedo", "debo", "tengo", "tiene", "hay", "son", "eres", "estas", "esta", "sobre", "pero", "tambien", "si", "porfa",
        "hola", "buenas", "gracias", "salir", "seguro", "segura", "peligro", "miedo", "donde", "cuando", "porque",
        // Chat spellings and everyday words a short message may have nothing else but.
        "o", "q", "k", "xq", "pq", "pa", "pal", "ya", "neta", "oye", "dime", "va", "van", "voy", "vas", "vamos", "usan", "usa",
        "hoy", "ayer", "manana", "ahora", "aqui", "ahi", "alla", "ella", "ellos", "ellas", "nosotros", "tu", "usted", "ustedes",
        "mucho", "bien", "mal", "todo", "todos", "nada", "cuanto", "cuantos", "cuanta", "entonces", "solo", "otro", "otra",
        "este", "ese", "esa", "estos", "esos", "ayudas", "sabes", "sabe", "puede", "pueden", "quieren", "hace", "dice", "ser",
        "estar", "hablar", "fue", "era", "siempre", "nunca", "mejor", "ayudarme", "necesitas", "tienes", "quieres",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "i", "my", "the", "is", "am", "are", "to", "and", "you", "of", "in", "an", "what", "how", "where", "when",
        "help", "it", "this", "that", "with", "for", "do", "does", "can", "be", "have", "has", "was", "im", "dont", "someone",
        "hi", "hello", "thanks", "please", "report", "signs", "who", "why", "about", "they", "he", "she",
        "english", "is", "are", "was", "were", "what", "whats", "which", "should", "would", "could", "will", "my", "your",
        "if", "or", "not", "dont", "cant", "im", "there", "their", "from", "at", "on", "by", "get", "got", "know", "tell",
        "friend", "school", "student", "teacher", "parent", "trafficking", "safe", "danger", "scared", "want", "need",
    };

    public static Language Guess(string? text) => GuessClearly(text) ?? Language.English;

    /// <summary>The language most of the message's common words belong to; null when it has none or as many of each ("ok", "menu", "2").</summary>
    public static Language? GuessClearly(string? text)
    {
        var (spanish, english) = Count(text);
        return spanish > english ? Language.Spanish : english > spanish ? Language.English : null;
    }

    /// <summary>How many of the message's words are common Spanish words, and how many common English ones.</summary>
    public static (int Spanish, int English) Count(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (0, 0);
        var spanish = 0;
        var english = 0;
        foreach (var word in TextNormalizer.Words(text))
        {
            if (SpanishWords.Contains(word)) spanish++;
            if (EnglishWords.Contains(word)) english++;
        }
        return (spanish, english);
    }
}
