using AwarenessBot.Text;

namespace AwarenessBot.Safety;

/// <summary>
/// The National Human Trafficking Hotline, as the toolkit states it. Code, not content,
/// so that no content edit can remove it from a reply.
/// </summary>
public static class Hotline
{
    public const string PhoneUri = "tel:+18883737888";
    public const string TextUri = "sms:233733?body=HELP";

    /// <summary>The digits every hotline mention contains; used to tell whether a reply already carries it.</summary>
    public const string Marker = "373-7888";

    /// <summary>The footer line added to the last message of a turn that does not already mention the hotline.</summary>
    public const string Footer = "National Human Trafficking Hotline, 24/7: call 1-888-373-7888 or text HELP to 233733";
    public const string FooterSpanish = "Línea Nacional contra la Trata de Personas, 24/7: llama al 1-888-373-7888 o envía HELP por texto al 233733";

    /// <summary>The sentence that ends every error reply: the hotline, and 911 for danger.</summary>
    public const string HelpNow =
        "If you need help now, call the National Human Trafficking Hotline at 1-888-373-7888 or text HELP to 233733. If you are in danger, call 911.";
    public const string HelpNowSpanish =
        "Si necesitas ayuda ahora, llama a la Línea Nacional contra la Trata de Personas al 1-888-373-7888 o envía HELP por texto al 233733. Si estás en peligro, llama al 911.";

    public static string FooterFor(Language language) => language == Language.Spanish ? FooterSpanish : Footer;
}
