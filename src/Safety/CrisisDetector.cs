using System.Text.RegularExpressions;
using AwarenessBot.Safety.Cleaning;
using AwarenessBot.Text;

namespace AwarenessBot.Safety;

/// <summary>
/// The rule signals of crisis detection (docs/architecture.md, "Safety"): the crisis and concern
/// patterns and shouted distress, read from the cleaned, normalised text. Pure: no I/O, no state,
/// safe to call from any thread, and it never throws on odd input. <see cref="SafetyClassifier"/>
/// combines it with the semantic signal.
/// </summary>
public static class CrisisDetector
{
    private static readonly Regex FirstPerson = new(@"\b(i|me|my|mine|myself|yo|mi|mis|conmigo)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // A question about a case, not a case: "what should I do if a student tells me...", "for my health class",
    // "hypothetically". Only third persons and academic framings count: "if he finds out he'll kill me" is a threat.
    private static readonly Regex Hypothetical = new(
        @"\b(if|whether|suppose|supposing|imagine) (a|an|your|someone|somebody|one of|any|some|you|one)\b|\bhypothetic\w*|\bscenario\b|" +
        @"\bfor (a|my|our|the) (class|project|presentation|essay|debate|report|paper|assignment|training|pd|poster|club|lesson|book report|school project|health class|history class)\b|" +
        @"^(how|what) (do|should|can|would) (you|we|staff|teachers|a teacher|someone|parents|people) |\b(asking|i am asking) as (a )?(teacher|counselor|parent|staff)\b|" +
        @"\b(pregunto|lo pregunto) (como|para|pa) (maestr[oa]|consejer[oa]|mama|papa|padre|madre|mi clase|un proyecto)\b|\ble doy a (un|una) (estudiante|alumn[oa])\b|" +
        @"\b(si|cuando) (a )?(un|una|alguien|algun|alguna) |\bhipotetic\w*|\b(es )?para (mi|un|una|nuestro|nuestra) (clase|proyecto|tarea|poster|club|debate|ensayo|presentacion|reporte)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Over and done: "I'm safe now, it went to court", "ya salí de ahí y estoy bien". Telling what happened still gets the check-in.
    private static readonly Regex Resolved = new(
        @"\bi am (safe|ok|okay|fine|good|out of it) now\b|\b(it is|its|it was) (over|done|closed)( now)?\b|\bya (sali|estoy bien|estoy a salvo|paso|termino|no estoy (con|ahi))\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "I'm not in danger, just curious": the message says itself that this is not about the writer now.
    private static readonly Regex Denied = new(
        @"\bi am not (in danger|suicidal|unsafe|being (hurt|abused|trafficked|forced|sold))\b|\b(nobody|no one|noone) is (hurting|forcing|touching|selling|threatening) me\b|\bno (estoy|me siento) en peligro\b|\bno me (estan|esta) (obligando|lastimando|haciendo nada)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "SOS my math test", "auxilio no entiendo nada de física": a bare call for help about schoolwork is a figure of speech.
    private static readonly Regex Schoolwork = new(
        @"\b(homework|test|exam|quiz|final|finals|essay|project|class|math|algebra|chemistry|physics|tarea|examen|prueba|mate|matematicas|fisica|quimica|ingles|clase|ensayo|proyecto|no entiendo)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Laughing at it ("lol", "jaja", "😂") makes "my brother will sell me on ebay" a joke, or at least not clearly a crisis.
    private static readonly Regex Laughter = new(@"\b(lol|lmao+|lmfao|rofl|(ha){2,}h?|(ja){2,}j?|(je){2,}|xd)\b|[😂🤣😹💀]", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static CrisisAssessment Assess(string? text) => AssessCleaned(MessageCleaner.Clean(text));

    public static bool IsCrisis(string? text) => Assess(text).IsCrisis;

    /// <summary>Assesses text that has already been through <see cref="MessageCleaner.Clean"/>.</summary>
    public static CrisisAssessment AssessCleaned(string cleaned)
    {
        if (string.IsNullOrWhiteSpace(cleaned)) return CrisisAssessment.NotCrisis(Language.English);
        var language = LanguageGuesser.Guess(cleaned);
        var normalized = CrisisTextNormalizer.Normalize(cleaned);
        var firstPerson = FirstPerson.IsMatch(normalized);
        var framing = Hypothetical.IsMatch(normalized) ? CrisisFraming.Hypothetical
            : Resolved.IsMatch(normalized) ? CrisisFraming.Resolved
            : Denied.IsMatch(normalized) ? CrisisFraming.Denied
            : Laughter.IsMatch(cleaned) ? CrisisFraming.Laughter
            : CrisisFraming.None;

        var fired = new List<CrisisRule>();
        if (ShoutedDistress.IsMatch(cleaned, normalized)) fired.Add(ShoutedDistress.Rule);
        foreach (var rule in CrisisRules.All.Concat(ConcernRules.All))
        {
            if ((rule.NeedsFirstPerson && !firstPerson) || (rule.SkipsHypotheticals && framing == CrisisFraming.Hypothetical)) continue;
            if (rule.Pattern.IsMatch(normalized)) fired.Add(rule);
        }
        if (fired.Count == 0) return CrisisAssessment.NotCrisis(language) with { Framing = framing };

        // The strongest tier wins; its first rule names the kind. A Spanish rule means a Spanish speaker.
        var top = fired.OrderByDescending(r => r.Tier).First();
        if (fired.Any(r => r.Language == Language.Spanish)) language = Language.Spanish;
        if (fired.All(r => r.Kind == CrisisKind.CallForHelp) && Schoolwork.IsMatch(normalized)) return CrisisAssessment.NotCrisis(language) with { Framing = framing };
        var assessment = new CrisisAssessment(top.Tier, top.Kind, language, fired.OrderByDescending(r => r.Tier).Select(r => r.Name).ToList()) { Framing = framing };
        var tier = assessment.Demote(top.Tier, top.Kind);
        return tier == top.Tier ? assessment : assessment with { Tier = tier, Kind = tier == SafetyTier.None ? CrisisKind.None : top.Kind };
    }
}
