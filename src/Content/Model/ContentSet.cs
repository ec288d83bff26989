using AwarenessBot.Content.Matching;

namespace AwarenessBot.Content.Model;

/// <summary>
/// One complete, validated set of content: immutable, so a turn can keep using the set it
/// started with while a newer one is published.
/// </summary>
public sealed class ContentSet
{
    public ContentSet(IEnumerable<Topic> topics, IEnumerable<DialogScript> dialogs, BotText text, IReadOnlyDictionary<string, string> synonyms, string version)
    {
        Topics = topics.ToDictionary(t => t.Id, StringComparer.OrdinalIgnoreCase);
        Dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);
        Text = text;
        Version = version;
        Matcher = new TopicMatcher(Topics.Values, synonyms);
    }

    public IReadOnlyDictionary<string, Topic> Topics { get; }
    public IReadOnlyDictionary<string, DialogScript> Dialogs { get; }
    public BotText Text { get; }
    /// <summary>A short hash of every content file, shown by /healthz.</summary>
    public string Version { get; }
    public TopicMatcher Matcher { get; }

    public Topic? FindTopic(string? id) => id is not null && Topics.TryGetValue(id, out var topic) ? topic : null;
    public DialogScript? FindDialog(string? id) => id is not null && Dialogs.TryGetValue(id, out var dialog) ? dialog : null;
}
