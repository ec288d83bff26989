using AwarenessBot.Text;

namespace AwarenessBot.Safety;

/// <summary>
/// The fixed emergency response (docs/architecture.md, "Safety"). It is a constant so that no
/// content edit, bad file or storage failure can change or suppress it; a test pins the text.
/// It promises no confidentiality: the hotline tells the authorities when it suspects a child is
/// being abused or someone is in danger, and a minor should know that before calling.
/// </summary>
public static class EmergencyResponse
{
    public const string English =
        "I'm worried about your safety, and I'm glad you told me.\n\n" +
        "**If you are in danger right now, call 911.**\n\n" +
        "**National Human Trafficking Hotline**: call 1-888-373-7888 or text HELP or INFO to 233733 (BEFREE). " +
        "Free, 24/7, in English, Spanish and 200+ other languages with an interpreter. " +
        "If they think a child is being abused or someone is in danger, they tell the authorities so you can be kept safe.\n\n" +
        "**If you are thinking about suicide or hurting yourself**, call or text 988 (en español: press 2, or text AYUDA).\n\n" +
        "Please also tell an adult you trust and feel safe with. I'm an automated bot: no person is watching this chat, and I am not an emergency service.";

    public const string Spanish =
        "Me preocupa tu seguridad y me alegra que me lo hayas contado.\n\n" +
        "**Si estás en peligro ahora mismo, llama al 911.**\n\n" +
        "**Línea Nacional contra la Trata de Personas**: llama al 1-888-373-7888 o envía HELP o INFO por texto al 233733 (BEFREE). " +
        "Gratis, 24/7, en español, inglés y más de 200 idiomas con intérprete. " +
        "Si creen que están abusando de un niño o que alguien está en peligro, avisan a las autoridades para que te puedan proteger.\n\n" +
        "**Si piensas en el suicidio o en hacerte daño**, llama o envía un texto al 988 (en español: marca 2, o envía AYUDA por texto).\n\n" +
        "Cuéntaselo también a un adulto de confianza con quien te sientas a salvo. Soy un bot automático: ninguna persona está viendo este chat y no soy un servicio de emergencias.";

    public static string For(Language language) => language == Language.Spanish ? Spanish : English;

    /// <summary>Tap-to-call and tap-to-text actions shown with the response, in its language (titles under 20 characters).</summary>
    public static IReadOnlyList<(string Title, string Uri)> ActionsFor(Language language) => language == Language.Spanish ? SpanishActions : EnglishActions;

    private static readonly IReadOnlyList<(string Title, string Uri)> EnglishActions =
    [
        ("Call 911", "tel:911"),
        ("Call the hotline", Hotline.PhoneUri),
        ("Text the hotline", Hotline.TextUri),
        ("Call 988", "tel:988"),
        ("Text 988", "sms:988"),
    ];

    private static readonly IReadOnlyList<(string Title, string Uri)> SpanishActions =
    [
        ("Llamar al 911", "tel:911"),
        ("Llamar a la línea", Hotline.PhoneUri),
        ("Texto a la línea", Hotline.TextUri),
        ("Llamar al 988", "tel:988"),
        ("Texto al 988", "sms:988?body=AYUDA"),
    ];
}
