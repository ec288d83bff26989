using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;
using AwarenessBot.Text;

namespace AwarenessBot.ContentHosting;

/// <summary>
/// The content served when no content folder loads at all (neither the configured one, nor the last good
/// copy, nor the shipped one): no topics and no dialogs, only words that say the bot is limited right now.
/// The emergency response, the check-in and the hotline are code and work as always, so even then every
/// message gets the safety promise. Fixed text, like the emergency response; not for admins to edit.
/// </summary>
public static class SafeModeContent
{
    public const string Name = "safe-mode";

    public static ContentLibrary Create() => new(new Dictionary<Language, ContentSet>
    {
        [Language.English] = Set(English),
        [Language.Spanish] = Set(Spanish),
    });

    private static ContentSet Set(BotText text) => new([], [], text, Synonyms.None, Name);

    private static readonly SourceLocation Here = new("(built in)", 0);

    private static readonly BotText English = Text(
        welcome: "Hi, I'm **AwarenessBot**. I can't share my lessons right now, but I'm still here if you need help. I'm an automated bot, not an emergency service: if you are in danger, call 911.",
        limited: "Sorry, I can't answer questions right now. Please try again later. If you or someone you know needs help now, call 911 or the hotline below.",
        menu: "I can't show my topics right now.",
        language: ("English", "OK, I'll answer in English from now on.", "I can keep going in English if you like. Tap **English**."),
        yesNo: ("Yes", "No"),
        audience: ("School staff", "Student or friend", "Are you school staff, or a student or friend?", "Got it."),
        greeting: "Hi there! I'm glad you're here.",
        thanks: "You're welcome!",
        retry: "Sorry, I didn't get that.",
        empty: "I didn't catch that.",
        tooLong: "That's a long message! Could you shorten it?",
        cancelled: "OK, I've stopped that.",
        notFilledIn: "(not filled in)",
        noneOfThese: "None of these");

    private static readonly BotText Spanish = Text(
        welcome: "Hola, soy **AwarenessBot**. Ahora mismo no puedo compartir mis temas, pero sigo aquí si necesitas ayuda. Soy un bot automático, no un servicio de emergencia: si estás en peligro, llama al 911.",
        limited: "Perdón, ahora mismo no puedo responder preguntas. Inténtalo más tarde. Si tú o alguien que conoces necesita ayuda ya, llama al 911 o a la línea de abajo.",
        menu: "Ahora mismo no puedo mostrar mis temas.",
        language: ("Español", "Listo, desde ahora te respondo en español.", "Puedo seguir en español si quieres. Toca **Español**."),
        yesNo: ("Sí", "No"),
        audience: ("Personal escolar", "Estudiante o amigo/a", "¿Eres del personal escolar, o estudiante o amigo/a?", "Entendido."),
        greeting: "¡Hola! Qué bueno que estás aquí.",
        thanks: "¡De nada!",
        retry: "Perdón, no entendí.",
        empty: "No te entendí.",
        tooLong: "¡Qué mensaje tan largo! ¿Puedes resumirlo?",
        cancelled: "Listo, lo dejamos ahí.",
        notFilledIn: "(sin llenar)",
        noneOfThese: "Ninguno de estos");

    private static BotText Text(string welcome, string limited, string menu, (string Button, string Switched, string Offer) language, (string Yes, string No) yesNo,
        (string Staff, string Student, string Question, string Noted) audience, string greeting, string thanks, string retry, string empty, string tooLong,
        string cancelled, string notFilledIn, string noneOfThese) => new()
    {
        Welcome = welcome, TeamWelcome = welcome, Help = limited, NoMatch = limited, DidYouMean = limited, StepRemoved = limited,
        MenuPrompt = menu, Menu = [], MoreTopicsPrompt = menu, MoreTopics = [], FollowUpPrompt = menu,
        Greeting = greeting, Thanks = thanks, EmptyMessage = empty, TooLong = tooLong, Cancelled = cancelled,
        LanguageButton = language.Button, LanguageSwitched = language.Switched, LanguageOffer = language.Offer,
        YesButton = yesNo.Yes, NoButton = yesNo.No, ChoiceRetry = retry, ConfirmRetry = retry, NotFilledIn = notFilledIn, NoneOfThese = noneOfThese,
        AudienceQuestion = audience.Question, StaffButton = audience.Staff, StudentButton = audience.Student,
        AudienceNowStaff = audience.Noted, AudienceNowStudent = audience.Noted,
        Location = Here,
    };
}
