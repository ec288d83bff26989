using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Validation;
using AwarenessBot.Text;

namespace AwarenessBot.Content.Loading;

/// <summary>
/// Reads synonyms.yaml: lines of words that mean the same thing to the matcher, the first being the word the
/// topics use ("boy, guy, male, dude"). The others may be phrases that stand for that word ("grades, report card").
/// </summary>
public static class SynonymsReader
{
    public static Synonyms Read(string displayPath, string text, ContentIssues issues)
    {
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        var phrases = new List<(string[] Words, string Word)>();
        var yaml = new YamlNodes(displayPath, lineOffset: 0, issues);
        var map = yaml.ParseMapping(text);
        if (map is null) return Synonyms.None;
        yaml.RejectUnknownKeys(map, new HashSet<string> { "synonyms" }, "synonyms.yaml");
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, number) in yaml.TextList(map, "synonyms"))
        {
            var items = line.Split(',').Select(TextNormalizer.Words).Where(w => w.Count > 0).ToList();
            if (items.Count < 2 || items[0].Count > 1)
            {
                issues.Error(new(displayPath, number), "a synonyms line lists a word, then the words or phrases that mean the same, separated by commas, like: boy, guy, male");
                continue;
            }
            var word = items[0][0];
            var canonical = TextNormalizer.Stem(word);
            foreach (var item in items)
            {
                // A phrase is known by its words, a single word by its stem.
                var key = item.Count > 1 ? string.Join(' ', item) : TextNormalizer.Stem(item[0]);
                if (firstSeen.TryGetValue(key, out var other) && other != number)
                    issues.Error(new(displayPath, number), $"'{string.Join(' ', item)}' is already a synonym on line {other}; a word can be in one line only");
                firstSeen.TryAdd(key, number);
                if (item.Count > 1) phrases.Add(([.. item], word));
                else if (key != canonical) stems[key] = canonical;
            }
        }
        return new Synonyms(stems, phrases);
    }
}
