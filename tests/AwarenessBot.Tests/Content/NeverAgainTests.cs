using System.Text.RegularExpressions;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.Safety;

namespace AwarenessBot.Tests.Content;

/// <summary>
/// Sentences a review found that changed the toolkit's meaning or could hurt a student. They must never come
/// back, in any language, in the content or the fixed safety texts.
/// </summary>
public class NeverAgainTests
{
    public static TheoryData<string, string> Banned() => new()
    {
        // Young people are trafficked by family members, including parents: a parent is not the example of a safe adult.
        { "a parent as the example of a trusted adult", @"(trusted adult|adult you trust)[^.\n]{0,40}\b(like|such as)\b[^.\n]{0,20}\b(a |your )?parents?\b" },
        { "un padre o una madre como ejemplo de adulto de confianza", @"adult[oa]s? de confianza[^.\n]{0,40}\bcomo\b[^.\n]{0,20}\b(tu |un |una )?(mam[aá]|pap[aá]|padre|madre|padres)\b" },
        // The hotline informs the authorities when it suspects child abuse or imminent harm.
        { "unqualified confidentiality", @"\bconfidential(ly|ity)?\b|\bconfidencial(idad|mente)?\b" },
        // Unanswered questions are counted and Teams keeps its own history.
        { "nothing is kept", @"nothing (from this chat |from our chat )?(is|gets) (kept|saved|stored)|no (se )?(guarda|guardo|guardamos) nada" },
        { "keep the plan in a screenshot", @"screenshot|captura de pantalla" },
        // Trafficking does not require movement; it is often confused with smuggling.
        { "moving someone is smuggling", @"moving someone across borders\?\s*that.?s smuggling" },
    };

    /// <summary>Everything the bot says (not the example questions: people may well ask "is the hotline confidential?").</summary>
    private static IEnumerable<(string File, string Text)> Everything()
    {
        var library = ContentLibraryLoader.LoadOrThrow(ContentPaths.Root);
        foreach (var language in library.Languages)
        {
            var content = library.For(language);
            var folder = ContentLibraryLoader.FolderOf(language);
            foreach (var topic in content.Topics.Values) yield return ($"{folder}/{topic.Location.File}", string.Join("\n", topic.MessagesFor(Audience.All)));
            foreach (var dialog in content.Dialogs.Values) yield return ($"{folder}/{dialog.Location.File}", File.ReadAllText(Path.Combine(ContentPaths.Root, folder, dialog.Location.File)));
            var text = content.Text;
            yield return ($"{folder}/bot.yaml", string.Join("\n", text.Welcome, text.TeamWelcome, text.Help, text.NoMatch, text.LanguageOffer, text.LanguageSwitched, text.Greeting, text.Thanks));
        }
        yield return ("EmergencyResponse (code)", EmergencyResponse.English + "\n" + EmergencyResponse.Spanish);
        yield return ("CheckInResponse (code)", CheckInResponse.English + "\n" + CheckInResponse.Spanish);
    }

    [Theory]
    [MemberData(nameof(Banned))]
    public void Never_comes_back(string what, string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var found = Everything().Where(f => regex.IsMatch(f.Text)).Select(f => $"{f.File}: \"{regex.Match(f.Text).Value}\"").ToList();
        Assert.True(found.Count == 0, $"{what}:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_patterns_catch_what_they_are_for()
    {
        var samples = new[] { "tell a trusted adult, like a parent, teacher or counselor", "Free, confidential, 24/7", "nothing from this chat is kept", "take a screenshot", "Moving someone across borders? That's smuggling" };
        foreach (var (sample, pattern) in samples.Zip(new[] { 0, 2, 3, 4, 5 }.Select(i => (string)Banned().ElementAt(i)[1])))
            Assert.Matches(new Regex(pattern, RegexOptions.IgnoreCase), sample);
    }
}
