using AwarenessBot.Text;

namespace AwarenessBot.Content.Matching;

/// <summary>
/// Everyday English and Spanish words that say little about which topic a question is about ("school",
/// "friend", "make", "start", "ganar", "anoche"). They still count, at a fraction of their weight, so that "when
/// does school start" or "how do I make friends" does not look like a topic that happens to use
/// one of them. Words that carry this bot's meaning (report, signs, safe, help, online...) are
/// deliberately not here.
/// </summary>
public static class EverydayWords
{
    /// <summary>How much an everyday word weighs compared with other words.</summary>
    public const double Weight = 0.35;

    private static readonly HashSet<string> Stems = new(
        """
        able about above across actual add after again against age ago ahead air all allow almost alone along already also
        always amount answer any anyone anything anyway apply area around ask away back bad bag bank base be beat become before
        begin behind believe best better big bit black  body book born both box break bring brother build bus busy buy 
        can car card care carry case catch cause center certain chance change check choose city class clean clear close code
        cold college color come common company cook cool cost could count country course cover create cut dad date day dead deal
        decide deep different difficult dinner do doctor dog door down draw dream  drink drive drop during each early easy
        eat end enjoy enough even evening ever every exact example except expect experience eye face fact fall  far fast
        father favorite feel few field figure fill final find fine finish fire first fit fix follow food foot form forward free
        friend front full fun future game get girl give glad go good great green group grow guess hair half hand happen happy
        hard hate have head hear heart heavy hello here high hit hold home hope hour house how huge idea important include
        interest join job just keep kind know language large last late later learn least  left less let letter level life
        light like line list listen little live long look lose lot love low lunch main make man many mark matter may maybe mean
         member middle mind minute miss mom  month more morning most mother  much music must name near need never
        new next nice night note nothing now  off office often old once only open order other out over own page paper
         part party pass past pay pen people perhaps person  pick picture piece place  play please point
        possible power president pretty price probably problem program pull push put question quick quite rain rather reach
        read ready real reason  remember rest result return right road room rule run same save say school second see seem
         send sense set several shop short should show side simple since sing sister sit size sleep slow small smile soon
        sorry sound space speak special spend sport spring stand star start state  step still stop store story street
        strong student study stuff sun sure table take talk teach teacher team tell test than thank thing think thought through
        time today together tomorrow too top total toward town  tree true try turn type under understand until up use
        usual very wait walk wall want warm watch water way weather week weekend well what when where whole why will win window
        wish with without woman wonder word  world worry would write wrong year yes yesterday young
        ganar gane gano gana ganaron perder perdio perdieron jugar juega jugo jugaron partido anoche ayer hoy manana tarde
        noche semana hora tiempo clima lluvia calor frio comer comida cena desayuno almuerzo lonche musica cancion pelicula
        serie libro favorito lunes martes miercoles jueves viernes sabado domingo junta reunion inscribir inscribo clase
        calificacion empezar empieza empiezan empiece comenzar comienza comienzan terminar termina enfermo enferma enfermedad perro gato bus camion vacuna vacunacion cafeteria horario historia ciencias
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Stem),
        StringComparer.Ordinal);

    public static bool Contains(string stem) => Stems.Contains(stem);
}
