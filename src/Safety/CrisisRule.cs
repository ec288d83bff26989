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

    private static Regex Compile(string pattern) =>
        new(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(250));
}
