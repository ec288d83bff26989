using AwarenessBot.Content.Matching;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Text;

namespace AwarenessBot.Content.Model;

/// <summary>
/// One complete, validated set of content: immutable, so a turn can keep using the set it
/// started with while a newer one is published.
/// </summary>
public sealed class ContentSet
{
    /// <param name="model">The sentence model for semantic matching; null matches on words alone.</param>
    public ContentSet(IEnumerable<Topic> topics, IEnumerable<DialogScript> dialogs, BotText text, Synonyms synonyms, string version, IEmbeddingModel? model = null)
    {
        Topics = topics.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        Dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
        Text = text;
        Version = version;
        Matcher = new TopicMatcher(Topics.Values, synonyms, model);
        _actionTitles = ActionTitlesOf(this).Select(Normalize).ToHashSet(StringComparer.Ordinal);
    }

    private readonly HashSet<string> _actionTitles;

    public IReadOnlyDictionary<string, Topic> Topics { get; }
    public IReadOnlyDictionary<string, DialogScript> Dialogs { get; }
    public BotText Text { get; }
    /// <summary>A short hash of every content file, shown by /healthz.</summary>
    public string Version { get; }
    public TopicMatcher Matcher { get; }

    public Topic? FindTopic(string? id) => id is not null && Topics.TryGetValue(id, out var topic) ? topic : null;
    public DialogScript? FindDialog(string? id) => id is not null && Dialogs.TryGetValue(id, out var dialog) ? dialog : null;

    /// <summary>True when the text is exactly the title of a button the content can show (a tap, not typed words).</summary>
    public bool IsActionTitle(string? text) => _actionTitles.Contains(Normalize(text));

    private static string Normalize(string? text) => string.Join(' ', TextNormalizer.Words(text));

    private static IEnumerable<string> ActionTitlesOf(ContentSet content)
    {
        var text = content.Text;
        IEnumerable<string> titles = [text.StaffButton, text.StudentButton, text.NoneOfThese, .. text.Menu.Select(l => l.Title)];
        titles = titles.Concat(content.Topics.Values.SelectMany(t => t.Choices.Select(c => c.Title).Append(t.Title)));
        return titles.Concat(content.Dialogs.Values.SelectMany(d => StepTitles(d.Steps)));
    }

    private static IEnumerable<string> StepTitles(IEnumerable<ScriptStep> steps) => steps.SelectMany(step => step switch
    {
        AskStep ask => ask.Choices.Select(c => c.Title).Concat(StepTitles(ask.Choices.SelectMany(c => c.Then))),
        ConfirmStep confirm => StepTitles(confirm.Yes.Concat(confirm.No)),
        PagesStep pages => [pages.NextLabel, pages.DoneLabel],
        TextStep { SkipLabel: { } skip } => [skip],
        AudienceStep audience => [audience.StaffLabel, audience.StudentLabel],
        _ => [],
    });
}
