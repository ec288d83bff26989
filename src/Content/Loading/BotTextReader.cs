using System.Reflection;
using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace AwarenessBot.Content.Loading;

/// <summary>
/// Reads bot.yaml: the phrases with YamlDotNet's deserializer (a key per <see cref="BotText"/> property, in kebab
/// case), the menu's links and the "More topics" list by hand, so their errors name their lines.
/// </summary>
public static class BotTextReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .IgnoreUnmatchedProperties() // "menu" and "more-topics"; unknown keys are reported below, with their lines
        .Build();

    private static readonly PropertyInfo[] Phrases = typeof(BotText).GetProperties()
        .Where(p => p.PropertyType == typeof(string) && p.GetCustomAttribute<YamlIgnoreAttribute>() is null)
        .ToArray();

    private static readonly HashSet<string> Keys = [.. Phrases.Select(KeyOf), "menu", "more-topics"];

    private static string KeyOf(PropertyInfo phrase) => HyphenatedNamingConvention.Instance.Apply(phrase.Name);

    public static BotText? Read(string displayPath, string text, ContentIssues issues)
    {
        var yaml = new YamlNodes(displayPath, lineOffset: 0, issues);
        var map = yaml.ParseMapping(text);
        if (map is null) return null;
        yaml.RejectUnknownKeys(map, Keys, "bot.yaml");
        var at = new SourceLocation(displayPath, 1);
        var missing = Phrases.Select(KeyOf).Where(key => yaml.Text(map, key, required: true, at) is null).ToList();
        var menu = yaml.Sequence(map, "menu").Select(yaml.ReadLink).OfType<Link>().ToList();
        if (menu.Count == 0) issues.Error(at, "missing required field 'menu' (the main menu's buttons)");
        var moreTopics = yaml.TextList(map, "more-topics");
        if (moreTopics.Count == 0) issues.Error(at, "missing required field 'more-topics' (topic ids listed under More topics)");
        if (missing.Count > 0) return null;

        BotText phrases;
        try
        {
            phrases = Deserializer.Deserialize<BotText>(text);
        }
        catch (YamlException e)
        {
            issues.Error(new(displayPath, (int)e.Start.Line), "a phrase should be text: " + e.Message);
            return null;
        }
        // As every content value: without the line breaks a "|" block ends with, or spaces around it.
        foreach (var phrase in Phrases) phrase.SetValue(phrases, ((string)phrase.GetValue(phrases)!).Trim());
        return phrases with { Menu = menu, MoreTopics = moreTopics.Select(t => t.Value).ToList(), Location = at };
    }
}
