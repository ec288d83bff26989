using System.Text.RegularExpressions;
using AwarenessBot.Content.Model;

namespace AwarenessBot.Content.Validation;

/// <summary>
/// Checks two languages of the content against each other: every topic and dialog exists in both,
/// with the same links and follow-ups, and every phone number, short code, URL and e-mail of one
/// appears in its twin (a fact changed in one language and not the other is a wrong answer).
/// </summary>
public static partial class ContentParity
{
    /// <param name="firstFolder">The first set's folder name ("en"), so issues name the file as the admin sees it.</param>
    public static void Check(ContentSet first, string firstFolder, ContentSet second, string secondFolder, ContentIssues issues)
    {
        SourceLocation In(string folder, SourceLocation at) => at with { File = folder + "/" + at.File };
        SameIds(first.Topics, second.Topics, t => In(firstFolder, t.Location), "topic", issues);
        SameIds(second.Topics, first.Topics, t => In(secondFolder, t.Location), "topic", issues);
        SameIds(first.Dialogs, second.Dialogs, d => In(firstFolder, d.Location), "dialog", issues);
        SameIds(second.Dialogs, first.Dialogs, d => In(secondFolder, d.Location), "dialog", issues);

        foreach (var (id, topic) in first.Topics)
        {
            if (second.FindTopic(id) is not { } twin) continue;
            SameLinks(Links(topic), Links(twin), In(secondFolder, twin.Location), $"topic '{id}'", issues);
            SameFacts(string.Join("\n", topic.MessagesFor(Audience.All)), string.Join("\n", twin.MessagesFor(Audience.All)), In(firstFolder, topic.Location), In(secondFolder, twin.Location), $"topic '{id}'", issues);
        }
        foreach (var (id, dialog) in first.Dialogs)
        {
            if (second.FindDialog(id) is not { } twin) continue;
            SameLinks(Links(dialog), Links(twin), In(secondFolder, twin.Location), $"dialog '{id}'", issues);
            SameFacts(Texts(dialog.Steps), Texts(twin.Steps), In(firstFolder, dialog.Location), In(secondFolder, twin.Location), $"dialog '{id}'", issues);
        }
        SameLinks(Links(first.Text), Links(second.Text), In(secondFolder, second.Text.Location), "bot.yaml's menus", issues);
        SameFacts(Texts(first.Text), Texts(second.Text), In(firstFolder, first.Text.Location), In(secondFolder, second.Text.Location), "bot.yaml", issues);
    }

    private static void SameIds<T>(IReadOnlyDictionary<string, T> ids, IReadOnlyDictionary<string, T> twins, Func<T, SourceLocation> at, string what, ContentIssues issues)
    {
        foreach (var (id, item) in ids)
            if (!twins.ContainsKey(id)) issues.Error(at(item), $"{what} '{id}' has no twin in the other language (same id expected)");
    }

    private static void SameLinks(IReadOnlyList<string> links, IReadOnlyList<string> twinLinks, SourceLocation twinAt, string what, ContentIssues issues)
    {
        if (!links.SequenceEqual(twinLinks))
            issues.Error(twinAt, $"{what} leads to [{string.Join(", ", twinLinks)}] here but to [{string.Join(", ", links)}] in the other language");
    }

    private static void SameFacts(string text, string twinText, SourceLocation at, SourceLocation twinAt, string what, ContentIssues issues)
    {
        var facts = Facts(text);
        var twinFacts = Facts(twinText);
        foreach (var missing in facts.Except(twinFacts)) issues.Error(twinAt, $"{what}: '{missing}' is missing here but given in the other language");
        foreach (var missing in twinFacts.Except(facts)) issues.Error(at, $"{what}: '{missing}' is missing here but given in the other language");
    }

    /// <summary>Phone numbers, short codes, URLs and e-mails, as they must appear in every language.</summary>
    public static HashSet<string> Facts(string text)
    {
        var facts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Url().Matches(text)) facts.Add(m.Value.TrimEnd('.', ',', ')', ';', ':', '*'));
        var withoutUrls = Url().Replace(text, " ");
        foreach (Match m in Email().Matches(withoutUrls)) facts.Add(m.Value);
        foreach (Match m in Phone().Matches(Email().Replace(withoutUrls, " "))) facts.Add(Digits(m.Value));
        return facts;
    }

    private static string Digits(string phone) => new(phone.Where(char.IsDigit).ToArray());

    private static List<string> Links(Topic topic) =>
        (topic.Dialog is null ? [] : new[] { "starts dialog " + topic.Dialog }).Concat(topic.Choices.Select(Describe)).ToList();

    private static List<string> Links(DialogScript dialog) =>
        Steps(dialog.Steps).SelectMany(step => step switch
        {
            AskStep ask => ask.Choices.Select(c => "choice"),
            TopicStep show => ["topic " + show.TopicId],
            PagesStep pages => ["pages " + pages.TopicId],
            StartDialogStep start => ["dialog " + start.DialogId],
            MenuStep => ["menu"],
            EmergencyStep => ["emergency"],
            _ => Enumerable.Empty<string>(),
        }).Prepend("teaches " + (dialog.Topic ?? "nothing")).ToList();

    private static List<string> Links(BotText text) => text.Menu.Select(Describe).Concat(text.MoreTopics.Select(t => "topic " + t)).ToList();

    private static string Describe(Link link) => link.ToString();

    private static IEnumerable<ScriptStep> Steps(IEnumerable<ScriptStep> steps) => steps.SelectMany(step => step switch
    {
        AskStep ask => Steps(ask.Choices.SelectMany(c => c.Then)).Prepend(step),
        ConfirmStep confirm => Steps(confirm.Yes.Concat(confirm.No)).Prepend(step),
        _ => [step],
    });

    private static string Texts(IEnumerable<ScriptStep> steps) => string.Join("\n", Steps(steps).Select(step => step switch
    {
        SayStep say => say.Text,
        AskStep ask => ask.Prompt,
        ConfirmStep confirm => confirm.Prompt,
        TextStep text => text.Prompt,
        _ => "",
    }));

    private static string Texts(BotText text) => string.Join("\n", text.Welcome, text.TeamWelcome, text.Help, text.NoMatch);

    [GeneratedRegex(@"https?://[^\s)\]>""]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    // 1-888-373-7888, (213) 241-3840, 213-241-3840, and short codes of five or six digits (233733) or 911 / 988.
    [GeneratedRegex(@"(?<![\w/])(?:1[-. ]?)?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}\b|\b\d{5,6}\b|\b(?:911|988)\b")]
    private static partial Regex Phone();
}
