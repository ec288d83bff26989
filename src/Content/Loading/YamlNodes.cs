using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;
using YamlDotNet.RepresentationModel;

namespace AwarenessBot.Content.Loading;

/// <summary>
/// Reads YAML through the node model so every value keeps its line number for error messages.
/// <paramref name="lineOffset"/> maps YAML lines to file lines (front matter starts on line 2).
/// </summary>
internal sealed class YamlNodes(string file, int lineOffset, ContentIssues issues)
{
    public string File { get; } = file;
    public ContentIssues Issues { get; } = issues;

    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line + lineOffset);
    public SourceLocation AtStart => new(File, 1 + lineOffset);

    /// <summary>Parses a YAML document; a syntax error becomes an issue and the result is null.</summary>
    public YamlMappingNode? ParseMapping(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                Issues.Error(AtStart, "expected 'key: value' lines here");
                return null;
            }
            return root;
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            Issues.Error(new(File, (int)e.Start.Line + lineOffset), "YAML syntax: " + FirstLine(e.InnerException?.Message ?? e.Message));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on some unclosed brackets and quotes, without a position.
            Issues.Error(AtStart, "YAML syntax: could not read this file; check for an unclosed [ { or quote");
            return null;
        }
    }

    public static YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public static bool Has(YamlMappingNode map, string key) => Get(map, key) is not null;

    /// <summary>A text value; an error when it is required and missing, empty or not text.</summary>
    public string? Text(YamlMappingNode map, string key, bool required, SourceLocation? owner = null)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required) Issues.Error(owner ?? At(map), $"missing required field '{key}'");
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            Issues.Error(At(node), $"'{key}' should be text");
            return null;
        }
        var value = scalar.Value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            if (required) Issues.Error(At(node), $"'{key}' is empty");
            return null;
        }
        return value;
    }

    /// <summary>A list of text values, with the line of each.</summary>
    public List<(string Value, int Line)> TextList(YamlMappingNode map, string key)
    {
        var result = new List<(string, int)>();
        var node = Get(map, key);
        switch (node)
        {
            case null:
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence)
                {
                    if (item is YamlScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v)) result.Add((v.Trim(), At(item).Line));
                    else Issues.Error(At(item), $"each item of '{key}' should be a line of text");
                }
                break;
            case YamlScalarNode { Value: { } single } when !string.IsNullOrWhiteSpace(single):
                result.Add((single.Trim(), At(node).Line));
                break;
            default:
                Issues.Error(At(node), $"'{key}' should be a list of text lines");
                break;
        }
        return result;
    }

    public IEnumerable<YamlNode> Sequence(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null) return [];
        if (node is YamlSequenceNode sequence) return sequence.Children;
        Issues.Error(At(node), $"'{key}' should be a list (lines starting with '- ')");
        return [];
    }

    /// <summary>Reports keys this file format does not know, which are usually typos ("qustions:").</summary>
    public void RejectUnknownKeys(YamlMappingNode map, IReadOnlySet<string> known, string what)
    {
        foreach (var key in map.Children.Keys)
            if (key is YamlScalarNode { Value: { } name } && !known.Contains(name))
                Issues.Error(At(key), $"unknown field '{name}' in {what} (known: {string.Join(", ", known.Order())})");
    }

    /// <summary>Reads a button: title plus exactly one of topic / dialog / menu / more-topics.</summary>
    public Link? ReadLink(YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            Issues.Error(At(node), "a choice needs 'title:' and one of 'topic:', 'dialog:', 'menu: true' or 'more-topics: true'");
            return null;
        }
        RejectUnknownKeys(map, LinkKeys, "a choice");
        var title = Text(map, "title", required: true);
        var targets = new List<Link>();
        var at = At(map);
        if (Text(map, "topic", false) is { } topic) targets.Add(new Link(title ?? "", LinkKind.Topic, topic, at));
        if (Text(map, "dialog", false) is { } dialog) targets.Add(new Link(title ?? "", LinkKind.Dialog, dialog, at));
        if (IsTrue(map, "menu")) targets.Add(new Link(title ?? "", LinkKind.Menu, null, at));
        if (IsTrue(map, "more-topics")) targets.Add(new Link(title ?? "", LinkKind.MoreTopics, null, at));
        if (targets.Count != 1)
        {
            Issues.Error(at, targets.Count == 0
                ? $"choice '{title}' does not say where it leads: add 'topic:', 'dialog:', 'menu: true' or 'more-topics: true'"
                : $"choice '{title}' leads to more than one place; keep one");
            return null;
        }
        return title is null ? null : targets[0];
    }

    private static readonly HashSet<string> LinkKeys = ["title", "topic", "dialog", "menu", "more-topics"];

    public static bool IsTrue(YamlMappingNode map, string key) =>
        Get(map, key) is YamlScalarNode { Value: { } v } && v.Trim().ToLowerInvariant() is "true" or "yes";

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
