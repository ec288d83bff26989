using System.Text.RegularExpressions;
using AwarenessBot.Text;

namespace AwarenessBot.Safety;

/// <summary>
/// One crisis pattern over the normalised text (see <see cref="CrisisTextNormalizer"/>).
/// With <paramref name="NeedsFirstPerson"/>, the message must also speak in the first person
/// ("I", "me", "my", "yo", "mi"), so "is trading sex for money trafficking?" stays a question.
/// A <paramref name="SkipsHypotheticals"/> rule (typically: someone else is being harmed) does not fire on a
/// hypothetical: "what should I do if a student tells me she is being sold" is a question.
/// </summary>
public sealed record CrisisRule(string Name, CrisisKind Kind, Language Language, Regex Pattern, bool NeedsFirstPerson = false, bool SkipsHypotheticals = false)
{
    /// <summary>Rules of kind <see cref="CrisisKind.PossibleRisk"/> call for the check-in; every other rule for the emergency response.</summary>
    public SafetyTier Tier => Kind == CrisisKind.PossibleRisk ? SafetyTier.CheckIn : SafetyTier.Crisis;

    public static CrisisRule En(string name, CrisisKind kind, string pattern, bool needsFirstPerson = false, bool skipsHypotheticals = false) =>
        new(name, kind, Language.English, Compile(pattern), needsFirstPerson, skipsHypotheticals);

    public static CrisisRule Es(string name, CrisisKind kind, string pattern, bool needsFirstPerson = false, bool skipsHypotheticals = false) =>
        new(name, kind, Language.Spanish, Compile(pattern), needsFirstPerson, skipsHypotheticals);

    // No match timeout: the patterns are alternations of words without nested quantifiers, so
    // matching is linear in the text, and a timeout on a busy machine would only make the guard
    // flaky (a slow first match, with the JIT still warming up, read as a crisis).
    private static Regex Compile(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
