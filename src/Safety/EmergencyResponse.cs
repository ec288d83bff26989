namespace AwarenessBot.Safety;

/// <summary>
/// The fixed emergency response (docs/architecture.md, "Safety"). It is a constant so that no
/// content edit, bad file or storage failure can change or suppress it; a test pins the text.
/// </summary>
public static class EmergencyResponse
{
    public const string English =
        "I'm worried about your safety, and I'm glad you told me.\n\n" +
        "**If you are in danger right now, call 911.**\n\n" +
        "**National Human Trafficking Hotline**: call 1-888-373-7888 or text HELP or INFO to 233733 (BEFREE). " +
        "Free, confidential, 24/7, in English, Spanish and 200+ other languages with an interpreter.\n\n" +
        "**If you are thinking about suicide or hurting yourself**, call or text 988 (en español: press 2, or text AYUDA).\n\n" +
        "Please also tell a trusted adult. I'm an automated bot: no person is watching this chat, and I am not an emergency service.";

    public const string Spanish =
        "Me preocupa tu seguridad y me alegra que me lo hayas contado.\n\n" +
        "**Si estás en peligro ahora mismo, llama al 911.**\n\n" +
        "**Línea Nacional contra la Trata de Personas**: llama al 1-888-373-7888 o envía HELP o INFO por texto al 233733 (BEFREE). " +
        "Gratis, confidencial, 24/7, en español, inglés y más de 200 idiomas con intérprete.\n\n" +
        "**Si piensas en el suicidio o en hacerte daño**, llama o envía un texto al 988 (en español: marca 2, o envía AYUDA por texto).\n\n" +
        "Cuéntaselo también a un adulto de confianza. Soy un bot automático: ninguna persona está viendo este chat y no soy un servicio de emergencias.";

    public static string For(CrisisLanguage language) => language == CrisisLanguage.Spanish ? Spanish : English;

    /// <summary>Tap-to-call and tap-to-text actions shown with the response.</summary>
    public static IReadOnlyList<(string Title, string Uri)> Actions { get; } =
    [
        ("Call 911", "tel:911"),
        ("Call the hotline", Hotline.PhoneUri),
        ("Text the hotline", Hotline.TextUri),
        ("Call or text 988", "tel:988"),
    ];
}
