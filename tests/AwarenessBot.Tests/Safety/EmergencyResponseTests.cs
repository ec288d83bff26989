using AwarenessBot.Safety;

namespace AwarenessBot.Tests.Safety;

/// <summary>Pins the fixed emergency response word for word: changing it must be a deliberate, reviewed act.</summary>
public class EmergencyResponseTests
{
    [Fact]
    public void The_english_response_is_exactly_the_reviewed_text()
    {
        const string expected =
            "I'm worried about your safety, and I'm glad you told me.\n\n" +
            "**If you are in danger right now, call 911.**\n\n" +
            "**National Human Trafficking Hotline**: call 1-888-373-7888 or text HELP or INFO to 233733 (BEFREE). " +
            "Free, confidential, 24/7, in English, Spanish and 200+ other languages with an interpreter.\n\n" +
            "**If you are thinking about suicide or hurting yourself**, call or text 988 (en español: press 2, or text AYUDA).\n\n" +
            "Please also tell a trusted adult. I'm an automated bot: no person is watching this chat, and I am not an emergency service.";
        Assert.Equal(expected, EmergencyResponse.English);
    }

    [Fact]
    public void The_spanish_response_is_exactly_the_reviewed_text()
    {
        const string expected =
            "Me preocupa tu seguridad y me alegra que me lo hayas contado.\n\n" +
            "**Si estás en peligro ahora mismo, llama al 911.**\n\n" +
            "**Línea Nacional contra la Trata de Personas**: llama al 1-888-373-7888 o envía HELP o INFO por texto al 233733 (BEFREE). " +
            "Gratis, confidencial, 24/7, en español, inglés y más de 200 idiomas con intérprete.\n\n" +
            "**Si piensas en el suicidio o en hacerte daño**, llama o envía un texto al 988 (en español: marca 2, o envía AYUDA por texto).\n\n" +
            "Cuéntaselo también a un adulto de confianza. Soy un bot automático: ninguna persona está viendo este chat y no soy un servicio de emergencias.";
        Assert.Equal(expected, EmergencyResponse.Spanish);
    }

    [Theory]
    [InlineData("911")]
    [InlineData("1-888-373-7888")]
    [InlineData("233733")]
    [InlineData("BEFREE")]
    [InlineData("988")]
    [InlineData("AYUDA")]
    [InlineData("trusted adult")]
    [InlineData("not an emergency service")]
    public void The_english_response_names_every_required_resource(string fragment) => Assert.Contains(fragment, EmergencyResponse.English);
}
