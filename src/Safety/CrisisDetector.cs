using System.Text.RegularExpressions;

namespace AwarenessBot.Safety;

/// <summary>
/// Decides whether a message is a crisis message (DESIGN.md, safety rule 4). Pure: no I/O,
/// no state, safe to call from any thread, and it never throws on odd input.
/// </summary>
public static class CrisisDetector
{
    private static readonly Regex FirstPerson = new(@"\b(i|me|my|mine|myself|yo|mi|mis|conmigo)\b", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "help!" and "HELP!!!" are calls for help; the bare word "help" stays the help command.
    private static readonly Regex ShoutedHelp = new(@"^\s*(help|ayuda)\s*!+\s*$", RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static CrisisAssessment Assess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return CrisisAssessment.NotCrisis(CrisisLanguage.English);
        var language = LanguageGuesser.Guess(text);
        if (ShoutedHelp.IsMatch(text)) return new(true, CrisisKind.CallForHelp, language, "shouted-help");

        var normalized = CrisisTextNormalizer.Normalize(text);
        var firstPerson = FirstPerson.IsMatch(normalized);
        foreach (var rule in CrisisRules.All)
        {
            if (rule.NeedsFirstPerson && !firstPerson) continue;
            if (rule.Pattern.IsMatch(normalized))
                return new(true, rule.Kind, rule.Language == CrisisLanguage.Spanish ? CrisisLanguage.Spanish : language, rule.Name);
        }
        return CrisisAssessment.NotCrisis(language);
    }

    public static bool IsCrisis(string? text) => Assess(text).IsCrisis;
}
