using System.Text.RegularExpressions;
using AwarenessBot.Content.Model;
using AwarenessBot.Text;

namespace AwarenessBot.Content.Validation;

/// <summary>
/// Checks a whole set of content for what no single file can show: duplicate ids, references
/// to topics or dialogs that do not exist, a question listed under two topics, long buttons.
/// </summary>
public static partial class ContentValidator
{
    /// <summary>Teams and Web Chat cut button titles at about this many characters.</summary>
    public const int MaxButtonTitle = 20;

    /// <summary>Questions of two topics sharing this much of their words (Jaccard) get a warning.</summary>
    public const double NearDuplicateSimilarity = 0.75;

    public static void Validate(IReadOnlyList<Topic> topics, IReadOnlyList<DialogScript> dialogs, BotText? text, ContentIssues issues)
    {
        var topicIds = UniqueIds(topics, t => t.Id, t => t.Location, "topic", issues);
        var dialogIds = UniqueIds(dialogs, d => d.Id, d => d.Location, "dialog", issues);

        foreach (var topic in topics)
        {
            CheckLinks(topic.Choices, topicIds, dialogIds, issues);
            if (topic.Dialog is not null && !dialogIds.Contains(topic.Dialog))
                issues.Error(topic.Location, $"topic '{topic.Id}' names dialog '{topic.Dialog}', which does not exist");
        }
        CheckQuestionsAreUnique(topics, issues);
        WarnAboutNearDuplicateQuestions(topics, issues);

        foreach (var dialog in dialogs)
        {
            if (dialog.Topic is not null && !topicIds.Contains(dialog.Topic))
                issues.Error(dialog.Location, $"dialog '{dialog.Id}' names topic '{dialog.Topic}', which does not exist");
            CheckSteps(dialog.Steps, topicIds, dialogIds, issues);
            CheckPlaceholders(dialog, issues);
        }

        if (text is not null)
        {
            CheckLinks(text.Menu, topicIds, dialogIds, issues);
            foreach (var id in text.MoreTopics)
                if (!topicIds.Contains(id)) issues.Error(text.Location, $"'more-topics' lists topic '{id}', which does not exist");
            WarnAboutUnlinkedTopics(topics, dialogs, text, issues);
        }
    }

    /// <summary>A topic no menu, button or dialog leads to can only be found by asking; that is usually a mistake.</summary>
    private static void WarnAboutUnlinkedTopics(IReadOnlyList<Topic> topics, IReadOnlyList<DialogScript> dialogs, BotText text, ContentIssues issues)
    {
        var linked = new HashSet<string>(text.MoreTopics, StringComparer.OrdinalIgnoreCase);
        var links = text.Menu.Concat(topics.SelectMany(t => t.Choices));
        foreach (var link in links.Where(l => l.Kind == LinkKind.Topic)) linked.Add(link.Target!);
        foreach (var step in dialogs.SelectMany(d => StepsIn(d.Steps)))
            if (step is TopicStep show) linked.Add(show.TopicId);
            else if (step is PagesStep pages) linked.Add(pages.TopicId);
        // A topic answered by a dialog is reached through links to that dialog.
        var linkedDialogs = links.Where(l => l.Kind == LinkKind.Dialog).Select(l => l.Target!)
            .Concat(dialogs.SelectMany(d => StepsIn(d.Steps)).OfType<StartDialogStep>().Select(s => s.DialogId))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var topic in topics)
            if (!linked.Contains(topic.Id) && !(topic.Dialog is not null && linkedDialogs.Contains(topic.Dialog)))
                issues.Warning(topic.Location, $"nothing links to topic '{topic.Id}': add it to 'more-topics' in bot.yaml or to another topic's choices");
    }

    private static IEnumerable<ScriptStep> StepsIn(IEnumerable<ScriptStep> steps) => steps.SelectMany(step => step switch
    {
        AskStep ask => ask.Choices.SelectMany(c => c.Then).Prepend(step),
        ConfirmStep confirm => confirm.Yes.Concat(confirm.No).Prepend(step),
        _ => [step],
    });

    /// <summary>Two topics with almost the same example question will fight over it.</summary>
    private static void WarnAboutNearDuplicateQuestions(IReadOnlyList<Topic> topics, ContentIssues issues)
    {
        var questions = topics.SelectMany(t => t.Questions.Select((q, i) => (Topic: t, Text: q, Line: i < t.QuestionLines.Count ? t.QuestionLines[i] : t.Location.Line, Terms: TextNormalizer.Terms(q).ToHashSet())))
            .Where(q => q.Terms.Count >= 2).ToList();
        for (var i = 0; i < questions.Count; i++)
            for (var j = i + 1; j < questions.Count; j++)
            {
                var (a, b) = (questions[i], questions[j]);
                // Word-for-word duplicates are already errors.
                if (a.Topic == b.Topic || string.Join(' ', TextNormalizer.Words(a.Text)) == string.Join(' ', TextNormalizer.Words(b.Text))) continue;
                var shared = a.Terms.Count(b.Terms.Contains);
                if (shared / (double)(a.Terms.Count + b.Terms.Count - shared) >= NearDuplicateSimilarity)
                    issues.Warning(new(b.Topic.Location.File, b.Line),
                        $"question \"{b.Text}\" is almost the same as \"{a.Text}\" under topic '{a.Topic.Id}' ({a.Topic.Location.File}:{a.Line}); the bot may mix them up");
            }
    }

    private static HashSet<string> UniqueIds<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string what, ContentIssues issues)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in items)
        {
            var value = id(item);
            if (!IdFormat().IsMatch(value))
                issues.Error(at(item), $"{what} id '{value}' should be lower-case words joined by '-', like 'red-signs'");
            if (seen.TryGetValue(value, out var first))
                issues.Error(at(item), $"duplicate {what} id '{value}' (also used in {first})");
            else
                seen[value] = at(item);
        }
        return new HashSet<string>(seen.Keys, StringComparer.OrdinalIgnoreCase);
    }

    private static void CheckLinks(IEnumerable<Link> links, HashSet<string> topicIds, HashSet<string> dialogIds, ContentIssues issues)
    {
        foreach (var link in links)
        {
            CheckButtonTitle(link.Title, link.Location, issues);
            if (link.Kind == LinkKind.Topic && !topicIds.Contains(link.Target!))
                issues.Error(link.Location, $"choice '{link.Title}' leads to topic '{link.Target}', which does not exist");
            if (link.Kind == LinkKind.Dialog && !dialogIds.Contains(link.Target!))
                issues.Error(link.Location, $"choice '{link.Title}' leads to dialog '{link.Target}', which does not exist");
        }
    }

    private static void CheckSteps(IEnumerable<ScriptStep> steps, HashSet<string> topicIds, HashSet<string> dialogIds, ContentIssues issues)
    {
        foreach (var step in steps)
        {
            switch (step)
            {
                case TopicStep s when !topicIds.Contains(s.TopicId):
                    issues.Error(s.Location, $"step shows topic '{s.TopicId}', which does not exist");
                    break;
                case PagesStep s:
                    if (!topicIds.Contains(s.TopicId)) issues.Error(s.Location, $"step pages through topic '{s.TopicId}', which does not exist");
                    CheckButtonTitle(s.NextLabel, s.Location, issues);
                    CheckButtonTitle(s.DoneLabel, s.Location, issues);
                    break;
                case StartDialogStep s when !dialogIds.Contains(s.DialogId):
                    issues.Error(s.Location, $"step starts dialog '{s.DialogId}', which does not exist");
                    break;
                case AskStep s:
                    if (s.Choices.Count == 0) issues.Error(s.Location, "an 'ask' step needs at least one choice");
                    foreach (var choice in s.Choices)
                    {
                        CheckButtonTitle(choice.Title, choice.Location, issues);
                        CheckSteps(choice.Then, topicIds, dialogIds, issues);
                    }
                    break;
                case ConfirmStep s:
                    CheckSteps(s.Yes, topicIds, dialogIds, issues);
                    CheckSteps(s.No, topicIds, dialogIds, issues);
                    break;
                case TextStep s when s.SkipLabel is not null:
                    CheckButtonTitle(s.SkipLabel, s.Location, issues);
                    break;
                case AudienceStep s:
                    CheckButtonTitle(s.StaffLabel, s.Location, issues);
                    CheckButtonTitle(s.StudentLabel, s.Location, issues);
                    break;
            }
        }
    }

    /// <summary>A "{name}" in a say step must be saved by an ask-text step before it.</summary>
    private static void CheckPlaceholders(DialogScript dialog, ContentIssues issues)
    {
        var saved = new HashSet<string>(StringComparer.Ordinal);
        foreach (var step in dialog.Steps)
        {
            if (step is TextStep text) saved.Add(text.Save);
            foreach (var say in SaysIn(step))
                foreach (var name in Placeholders.NamesIn(say.Text))
                    if (!saved.Contains(name))
                        issues.Error(say.Location, $"'{{{name}}}' is not saved by an earlier ask-text step");
        }
    }

    private static IEnumerable<SayStep> SaysIn(ScriptStep step) => step switch
    {
        SayStep say => [say],
        AskStep ask => ask.Choices.SelectMany(c => c.Then).OfType<SayStep>(),
        ConfirmStep confirm => confirm.Yes.Concat(confirm.No).OfType<SayStep>(),
        _ => [],
    };

    private static void CheckQuestionsAreUnique(IEnumerable<Topic> topics, ContentIssues issues)
    {
        var owners = new Dictionary<string, (Topic Topic, int Line)>();
        foreach (var topic in topics)
        {
            for (var i = 0; i < topic.Questions.Count; i++)
            {
                var key = string.Join(' ', TextNormalizer.Words(topic.Questions[i]));
                var line = i < topic.QuestionLines.Count ? topic.QuestionLines[i] : topic.Location.Line;
                if (key.Length == 0) continue;
                if (owners.TryGetValue(key, out var first) && first.Topic != topic)
                    issues.Error(new(topic.Location.File, line),
                        $"question \"{topic.Questions[i]}\" is also listed under topic '{first.Topic.Id}' ({first.Topic.Location.File}:{first.Line}); keep it in one topic");
                else
                    owners.TryAdd(key, (topic, line));
            }
        }
    }

    private static void CheckButtonTitle(string title, SourceLocation at, ContentIssues issues)
    {
        if (title.Length > MaxButtonTitle)
            issues.Warning(at, $"button title '{title}' is {title.Length} characters; Teams and Web Chat cut titles after about {MaxButtonTitle}");
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdFormat();
}
