using AwarenessBot.Text;

namespace AwarenessBot.Safety;

/// <summary>
/// The fixed check-in (docs/architecture.md, "Safety"): for a message that may be a disclosure but is
/// not clearly one. It shows 911 and the hotline itself and asks "Are you safe right now?" with two
/// buttons: danger leads to the emergency response, safe lets the bot carry on with what was asked.
/// Code, not content, like the emergency response; a test pins the text.
/// </summary>
public static class CheckInResponse
{
    public const string English =
        "I want to make sure you're okay. **Are you safe right now?**\n\n" +
        "If you are in danger, call **911**. The National Human Trafficking Hotline is there 24/7: " +
        "call 1-888-373-7888 or text HELP to 233733.";

    public const string Spanish =
        "Quiero asegurarme de que estés bien. **¿Estás a salvo ahora mismo?**\n\n" +
        "Si estás en peligro, llama al **911**. La Línea Nacional contra la Trata de Personas atiende 24/7: " +
        "llama al 1-888-373-7888 o envía HELP por texto al 233733.";

    /// <summary>Said after "I'm safe", before the bot carries on.</summary>
    public const string SafeEnglish = "Thank you for letting me know. If anything changes, I'm here, and so is the hotline, any time.";
    public const string SafeSpanish = "Gracias por decírmelo. Si algo cambia, aquí estoy, y la línea de ayuda también, a cualquier hora.";

    public const string DangerButtonEnglish = "I'm in danger";
    public const string SafeButtonEnglish = "I'm safe";
    public const string DangerButtonSpanish = "Estoy en peligro";
    public const string SafeButtonSpanish = "Estoy a salvo";

    public static string For(Language language) => language == Language.Spanish ? Spanish : English;
    public static string SafeReplyFor(Language language) => language == Language.Spanish ? SafeSpanish : SafeEnglish;

    /// <summary>The two buttons; the danger button's own words are a crisis message, so it gets the emergency response.</summary>
    public static IReadOnlyList<string> ButtonsFor(Language language) =>
        language == Language.Spanish ? [DangerButtonSpanish, SafeButtonSpanish] : [DangerButtonEnglish, SafeButtonEnglish];
}

/// <summary>What an answer to "Are you safe right now?" says.</summary>
public enum CheckInAnswer { Unclear, Safe, NotSafe }

/// <summary>Reads an answer to the check-in question, English or Spanish, typed or tapped.</summary>
public static class CheckInAnswers
{
    private static readonly HashSet<string> Safe = new(StringComparer.Ordinal)
    {
        "i am safe", "safe", "yes", "yes i am", "yes i am safe", "yeah", "yep", "i am ok", "i am okay", "i am fine", "yes i am ok", "yes i am okay",
        "i am good", "all good", "im safe", "si", "si estoy bien", "si estoy a salvo", "estoy a salvo", "estoy bien", "a salvo", "todo bien",
    };

    private static readonly HashSet<string> NotSafe = new(StringComparer.Ordinal)
    {
        "no", "nope", "not really", "no i am not", "i am not", "not safe", "no estoy a salvo", "no estoy bien", "no estoy", "para nada", "la verdad no",
    };

    public static CheckInAnswer Read(string? text)
    {
        var normalized = CrisisTextNormalizer.Normalize(Cleaning.MessageCleaner.Clean(text));
        if (Safe.Contains(normalized)) return CheckInAnswer.Safe;
        return NotSafe.Contains(normalized) ? CheckInAnswer.NotSafe : CheckInAnswer.Unclear;
    }
}
