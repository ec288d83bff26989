using AwarenessBot.Safety;
using AwarenessBot.Text;

namespace AwarenessBot.Tests.Safety;

/// <summary>Pins the fixed emergency response and check-in word for word: changing them must be a deliberate, reviewed act.</summary>
public class EmergencyResponseTests
{
    [Fact]
    public void The_english_response_is_exactly_the_reviewed_text()
    {
        const string expected =
            "I'm worried about your safety, and I'm glad you told me.\n\n" +
            "**If you are in danger right now, call 911.**\n\n" +
            "**National Human Trafficking Hotline**: call 1-888-373-7888 or text HELP or INFO to 233733 (BEFREE). " +
            "Free, 24/7, in English, Spanish and 200+ other languages with an interpreter. " +
            "If they think a child is being abused or someone is in danger, they tell the authorities so you can be kept safe.\n\n" +
            "**If you are thinking about suicide or hurting yourself**, call or text 988 (en español: press 2, or text AYUDA).\n\n" +
            "Please also tell an adult you trust and feel safe with. I'm an automated bot: no person is watching this chat, and I am not an emergency service.";
        Assert.Equal(expected, EmergencyResponse.English);
    }

    [Fact]
    public void The_spanish_response_is_exactly_the_reviewed_text()
    {
        const string expected =
            "Me preocupa tu seguridad y me alegra que me lo hayas contado.\n\n" +
            "**Si estás en peligro ahora mismo, llama al 911.**\n\n" +
            "**Línea Nacional contra la Trata de Personas**: llama al 1-888-373-7888 o envía HELP o INFO por texto al 233733 (BEFREE). " +
            "Gratis, 24/7, en español, inglés y más de 200 idiomas con intérprete. " +
            "Si creen que están abusando de un niño o que alguien está en peligro, avisan a las autoridades para que te puedan proteger.\n\n" +
            "**Si piensas en el suicidio o en hacerte daño**, llama o envía un texto al 988 (en español: marca 2, o envía AYUDA por texto).\n\n" +
            "Cuéntaselo también a un adulto de confianza con quien te sientas a salvo. Soy un bot automático: ninguna persona está viendo este chat y no soy un servicio de emergencias.";
        Assert.Equal(expected, EmergencyResponse.Spanish);
    }

    [Fact]
    public void The_check_in_is_exactly_the_reviewed_text()
    {
        Assert.Equal("I want to make sure you're okay. **Are you safe right now?**\n\nIf you are in danger, call **911**. The National Human Trafficking Hotline is there 24/7: call 1-888-373-7888 or text HELP to 233733.", CheckInResponse.English);
        Assert.Equal("Quiero asegurarme de que estés bien. **¿Estás a salvo ahora mismo?**\n\nSi estás en peligro, llama al **911**. La Línea Nacional contra la Trata de Personas atiende 24/7: llama al 1-888-373-7888 o envía HELP por texto al 233733.", CheckInResponse.Spanish);
    }

    [Theory]
    [InlineData("911")]
    [InlineData("1-888-373-7888")]
    [InlineData("233733")]
    [InlineData("BEFREE")]
    [InlineData("988")]
    [InlineData("AYUDA")]
    [InlineData("an adult you trust and feel safe with")]
    [InlineData("they tell the authorities")]
    [InlineData("not an emergency service")]
    public void The_english_response_names_every_required_resource(string fragment) => Assert.Contains(fragment, EmergencyResponse.English);

    [Theory]
    [InlineData(Language.English)]
    [InlineData(Language.Spanish)]
    public void Its_buttons_call_and_text_911_the_hotline_and_988_in_the_users_language(Language language)
    {
        var actions = EmergencyResponse.ActionsFor(language);
        Assert.Equal(["tel:911", Hotline.PhoneUri, Hotline.TextUri, "tel:988"], actions.Take(4).Select(a => a.Uri));
        Assert.StartsWith("sms:988", actions[4].Uri);
        Assert.All(actions, a => Assert.True(a.Title.Length <= 20, a.Title));
        if (language == Language.Spanish) Assert.All(actions, a => Assert.Matches("^(Llamar|Texto)", a.Title));
    }

    [Fact]
    public void Neither_response_promises_confidentiality() =>
        Assert.All(new[] { EmergencyResponse.English, EmergencyResponse.Spanish, CheckInResponse.English, CheckInResponse.Spanish },
            text => Assert.DoesNotMatch("(?i)confiden", text));
}
