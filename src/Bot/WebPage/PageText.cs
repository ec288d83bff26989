
namespace AwarenessBot.WebPage;

/// <summary>
/// The students' page's own words, in English and Spanish. Code, not content: the page carries the
/// always-visible help links and the quick-exit explanation, which no content edit should break.
/// </summary>
public sealed record PageText(
    string Lang, string Locale, string Title, string SkipLink, string ExitButton, string Tagline, string Danger, string CallHotline,
    string TextHotline, string ExitNote, string ChatHeading, string ChatLabel, string ChatError, string OtherLanguageHref, string OtherLanguageLang,
    string OtherLanguageLabel, string LanguageNavLabel, string HelpNavLabel)
{
    public static readonly PageText English = new(
        Lang: "en",
        Locale: "en-US",
        Title: "AwarenessBot: learn the signs, stay safe, get help",
        SkipLink: "Skip to the chat",
        ExitButton: "Leave this site",
        Tagline: "Learn the signs of human trafficking, stay safe, and find help. This chat is automated: <strong>no person reads it</strong>, and it is not an emergency service.",
        Danger: "In danger? Call 911",
        CallHotline: "Call the hotline: 1-888-373-7888",
        TextHotline: "Text HELP to 233733",
        ExitNote: "\"Leave this site\" (or pressing Shift three times) closes this page at once and opens a weather site. It does not erase your browser history: to hide this visit, delete it from your history, or use a private window next time.",
        ChatHeading: "Chat with AwarenessBot",
        ChatLabel: "Chat with AwarenessBot",
        ChatError: "The chat could not start. Please try again in a minute. If you need help now, call 1-888-373-7888 or text HELP to 233733. In danger? Call 911.",
        OtherLanguageHref: "/?lang=es",
        OtherLanguageLang: "es",
        OtherLanguageLabel: "Español",
        LanguageNavLabel: "Language",
        HelpNavLabel: "Get help now");

    public static readonly PageText Spanish = new(
        Lang: "es",
        Locale: "es-ES", // the locale Web Chat has Spanish strings for; the bot only reads "es"
        Title: "AwarenessBot: conoce las señales, cuídate, busca ayuda",
        SkipLink: "Ir al chat",
        ExitButton: "Salir de este sitio",
        Tagline: "Conoce las señales de la trata de personas, cuídate y encuentra ayuda. Este chat es automático: <strong>ninguna persona lo lee</strong> y no es un servicio de emergencias.",
        Danger: "¿En peligro? Llama al 911",
        CallHotline: "Llama a la línea: 1-888-373-7888",
        TextHotline: "Envía HELP al 233733",
        ExitNote: "«Salir de este sitio» (o presionar Shift tres veces) cierra esta página de inmediato y abre un sitio del clima. No borra tu historial: para ocultar esta visita, bórrala de tu historial o usa una ventana privada la próxima vez.",
        ChatHeading: "Chatea con AwarenessBot",
        ChatLabel: "Chat con AwarenessBot",
        ChatError: "El chat no pudo empezar. Inténtalo de nuevo en un minuto. Si necesitas ayuda ahora, llama al 1-888-373-7888 o envía HELP al 233733. ¿En peligro? Llama al 911.",
        OtherLanguageHref: "/?lang=en",
        OtherLanguageLang: "en",
        OtherLanguageLabel: "English",
        LanguageNavLabel: "Idioma",
        HelpNavLabel: "Consigue ayuda ahora");

    /// <summary>"?lang=es" is Spanish; anything else English.</summary>
    public static PageText For(string? lang) => string.Equals(lang, "es", StringComparison.OrdinalIgnoreCase) ? Spanish : English;

    /// <summary>Fills the page template's {{placeholders}}; the values are ours, written for HTML.</summary>
    public string Fill(string template) => template
        .Replace("{{lang}}", Lang, StringComparison.Ordinal)
        .Replace("{{locale}}", Locale, StringComparison.Ordinal)
        .Replace("{{title}}", Title, StringComparison.Ordinal)
        .Replace("{{skipLink}}", SkipLink, StringComparison.Ordinal)
        .Replace("{{exitButton}}", ExitButton, StringComparison.Ordinal)
        .Replace("{{tagline}}", Tagline, StringComparison.Ordinal)
        .Replace("{{danger}}", Danger, StringComparison.Ordinal)
        .Replace("{{callHotline}}", CallHotline, StringComparison.Ordinal)
        .Replace("{{textHotline}}", TextHotline, StringComparison.Ordinal)
        .Replace("{{exitNote}}", System.Net.WebUtility.HtmlEncode(ExitNote), StringComparison.Ordinal)
        .Replace("{{chatHeading}}", ChatHeading, StringComparison.Ordinal)
        .Replace("{{chatLabel}}", ChatLabel, StringComparison.Ordinal)
        .Replace("{{chatError}}", ChatError, StringComparison.Ordinal)
        .Replace("{{otherLanguageHref}}", OtherLanguageHref, StringComparison.Ordinal)
        .Replace("{{otherLanguageLang}}", OtherLanguageLang, StringComparison.Ordinal)
        .Replace("{{otherLanguageLabel}}", OtherLanguageLabel, StringComparison.Ordinal)
        .Replace("{{languageNavLabel}}", LanguageNavLabel, StringComparison.Ordinal)
        .Replace("{{helpNavLabel}}", HelpNavLabel, StringComparison.Ordinal);
}
