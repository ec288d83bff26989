using System.Text.RegularExpressions;
using AwarenessBot.Safety.Text;

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

    // "What should I do if a student tells me...", "how do you help someone who...": a question about a case, not a case.
    private static readonly Regex Hypothetical = new(
        @"\b(if|whether|suppose|supposing|imagine|hypothetically) (a|an|my|your|the|someone|somebody|one of|any|some|they|he|she|you)\b|^(how|what) (do|should|can|would) (you|i|we|staff|teachers) (help|support|respond|react|talk|handle)\b|\b(si|cuando) (a )?(un|una|alguien|mi|tu|el|la) |\bhipoteticamente\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static CrisisAssessment Assess(string? text) => AssessCleaned(MessageCleaner.Clean(text));

    public static bool IsCrisis(string? text) => Assess(text).IsCrisis;

    /// <summary>Assesses text that has already been through <see cref="MessageCleaner.Clean"/>.</summary>
    public static CrisisAssessment AssessCleaned(string cleaned)
    {
        if (string.IsNullOrWhiteSpace(cleaned)) return CrisisAssessment.NotCrisis(CrisisLanguage.English);
        var language = LanguageGuesser.Guess(cleaned);
        var normalized = CrisisTextNormalizer.Normalize(cleaned);
        var firstPerson = FirstPerson.IsMatch(normalized);
        var hypothetical = Hypothetical.IsMatch(normalized);

        var fired = new List<CrisisRule>();
        if (ShoutedDistress.IsMatch(cleaned, normalized)) fired.Add(ShoutedDistress.Rule);
        foreach (var rule in CrisisRules.All.Concat(ConcernRules.All))
        {
            if ((rule.NeedsFirstPerson && !firstPerson) || (rule.SkipsHypotheticals && hypothetical)) continue;
            if (rule.Pattern.IsMatch(normalized)) fired.Add(rule);
        }
        if (fired.Count == 0) return CrisisAssessment.NotCrisis(language);

        // The strongest tier wins; its first rule names the kind. A Spanish rule means a Spanish speaker.
        var top = fired.OrderByDescending(r => r.Tier).First();
        if (fired.Any(r => r.Language == CrisisLanguage.Spanish)) language = CrisisLanguage.Spanish;
        return new(top.Tier, top.Kind, language, fired.OrderByDescending(r => r.Tier).Select(r => r.Name).ToList());
    }
}
