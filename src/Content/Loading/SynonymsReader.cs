using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;

namespace AwarenessBot.Content.Loading;

/// <summary>
/// Reads synonyms.yaml: lines of words that mean the same thing to the matcher, the first
/// being the word the topics use ("boy, guy, male, dude"). Returns stem -> canonical stem.
/// </summary>
public static class SynonymsReader
{
    public static Dictionary<string, string> Read(string displayPath, string text, ContentIssues issues)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var yaml = new YamlNodes(displayPath, lineOffset: 0, issues);
        var map = yaml.ParseMapping(text);
        if (map is null) return result;
        yaml.RejectUnknownKeys(map, new HashSet<string> { "synonyms" }, "synonyms.yaml");
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, number) in yaml.TextList(map, "synonyms"))
        {
            var words = line.Split(',').Select(w => string.Join(' ', TextNormalizer.Words(w))).Where(w => w.Length > 0).ToList();
            if (words.Count < 2 || words.Any(w => w.Contains(' ')))
            {
                issues.Error(new(displayPath, number), "a synonyms line lists two or more single words separated by commas, like: boy, guy, male");
                continue;
            }
            var canonical = TextNormalizer.Stem(words[0]);
            foreach (var word in words)
            {
                var stem = TextNormalizer.Stem(word);
                if (firstSeen.TryGetValue(stem, out var other) && other != number)
                    issues.Error(new(displayPath, number), $"'{word}' is already a synonym on line {other}; a word can be in one line only");
                firstSeen.TryAdd(stem, number);
                if (stem != canonical) result[stem] = canonical;
            }
        }
        return result;
    }
}
