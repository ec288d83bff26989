using System.Text.RegularExpressions;

namespace AwarenessBot.Safety;

/// <summary>
/// One crisis pattern over the normalised text (see <see cref="CrisisTextNormalizer"/>).
/// With <paramref name="NeedsFirstPerson"/>, the message must also speak in the first person
/// ("I", "me", "my", "yo", "mi"), so "is trading sex for money trafficking?" stays a question.
/// </summary>
public sealed record CrisisRule(string Name, CrisisKind Kind, CrisisLanguage Language, Regex Pattern, bool NeedsFirstPerson = false)
{
    public static CrisisRule En(string name, CrisisKind kind, string pattern, bool needsFirstPerson = false) =>
        new(name, kind, CrisisLanguage.English, Compile(pattern), needsFirstPerson);

    public static CrisisRule Es(string name, CrisisKind kind, string pattern, bool needsFirstPerson = false) =>
        new(name, kind, CrisisLanguage.Spanish, Compile(pattern), needsFirstPerson);

    // No match timeout: the patterns are alternations of words without nested quantifiers, so
    // matching is linear in the text, and a timeout on a busy machine would only make the guard
    // flaky (a slow first match, with the JIT still warming up, read as a crisis).
    private static Regex Compile(string pattern) => new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
