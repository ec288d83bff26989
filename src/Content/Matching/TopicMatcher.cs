using AwarenessBot.Content.Model;

namespace AwarenessBot.Content.Matching;

/// <summary>
/// Finds the topic a free-text question is about. Each topic's title, example questions and
/// keywords become TF-IDF vectors; a question scores against each topic by its best cosine
/// similarity, with a bonus for the topic's keywords. Misspelt words are corrected to the
/// nearest word the content uses. Built once per content set; matching is pure and thread-safe.
/// </summary>
public sealed class TopicMatcher
{
    /// <summary>At or above this, the best topic is an answer.</summary>
    public const double ConfidentScore = 0.5;
    /// <summary>Below this, a topic is not worth offering at all.</summary>
    public const double CandidateScore = 0.3;
    /// <summary>When the runner-up is this close to the best, ask which one was meant.</summary>
    public const double CloseMargin = 0.08;

    private readonly List<(string TopicId, Dictionary<string, double> Vector)> _examples = [];
    private readonly Dictionary<string, List<string[]>> _keywords = [];
    private readonly Dictionary<string, double> _idf = [];
    private readonly Dictionary<string, int> _wordFrequency = [];

    public TopicMatcher(IEnumerable<Topic> topics)
    {
        var topicList = topics.ToList();
        var documents = new List<(string TopicId, List<string> Terms)>();
        foreach (var topic in topicList)
        {
            foreach (var text in topic.Questions.Append(topic.Title))
                documents.Add((topic.Id, TextNormalizer.Terms(text)));
            foreach (var word in topic.Questions.Append(topic.Title).Concat(topic.Keywords).SelectMany(TextNormalizer.Words))
                if (!TextNormalizer.IsStopWord(word)) _wordFrequency[word] = _wordFrequency.GetValueOrDefault(word) + 1;
            _keywords[topic.Id] = topic.Keywords.Select(k => TextNormalizer.Terms(k).ToArray()).Where(k => k.Length > 0).ToList();
        }

        // IDF over topics, not examples, so a word every example of one topic uses is not penalised.
        var topicsByTerm = new Dictionary<string, HashSet<string>>();
        foreach (var (topicId, terms) in documents.Concat(_keywords.SelectMany(k => k.Value.Select(v => (k.Key, v.ToList())))))
            foreach (var term in terms)
            {
                if (!topicsByTerm.TryGetValue(term, out var set)) topicsByTerm[term] = set = [];
                set.Add(topicId);
            }
        var topicCount = Math.Max(1, topicList.Count);
        foreach (var (term, set) in topicsByTerm)
            _idf[term] = Math.Log(1.0 + topicCount / (double)set.Count);

        foreach (var (topicId, terms) in documents)
            if (terms.Count > 0) _examples.Add((topicId, Vectorize(terms)));
    }

    public MatchResult Match(string? question)
    {
        var terms = Correct(TextNormalizer.Words(question)).Where(w => !TextNormalizer.IsStopWord(w)).Select(TextNormalizer.Stem).ToList();
        if (terms.Count == 0) return new(MatchVerdict.NoMatch, []);
        var query = Vectorize(terms);
        if (query.Count == 0) return new(MatchVerdict.NoMatch, []);

        var best = new Dictionary<string, double>();
        foreach (var (topicId, vector) in _examples)
        {
            var score = Cosine(query, vector);
            if (score > best.GetValueOrDefault(topicId)) best[topicId] = score;
        }
        foreach (var (topicId, keywords) in _keywords)
        {
            var hits = keywords.Count(k => ContainsPhrase(terms, k));
            if (hits > 0) best[topicId] = Math.Min(1.0, best.GetValueOrDefault(topicId) + 0.2 * Math.Min(hits, 2));
        }

        var ranked = best.Where(b => b.Value > 0)
            .Select(b => new TopicScore(b.Key, Math.Round(b.Value, 4)))
            .OrderByDescending(s => s.Score).ThenBy(s => s.TopicId, StringComparer.Ordinal)
            .Take(5).ToList();
        return new(Decide(ranked), ranked);
    }

    private static MatchVerdict Decide(IReadOnlyList<TopicScore> ranked)
    {
        if (ranked.Count == 0 || ranked[0].Score < CandidateScore) return MatchVerdict.NoMatch;
        var closeRunnerUp = ranked.Count > 1 && ranked[1].Score >= CandidateScore && ranked[0].Score - ranked[1].Score < CloseMargin;
        if (ranked[0].Score >= ConfidentScore && !closeRunnerUp) return MatchVerdict.Confident;
        return MatchVerdict.CloseCall;
    }

    /// <summary>
    /// Replaces words the content never uses with the closest word it does ("trafficing" -> "trafficking",
    /// "sings" -> "signs"). Short words are left alone: one letter turns "next" into "text".
    /// </summary>
    private List<string> Correct(List<string> words)
    {
        var result = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (word.Length < 5 || _wordFrequency.ContainsKey(word) || TextNormalizer.IsStopWord(word) || _idf.ContainsKey(TextNormalizer.Stem(word)))
            {
                result.Add(word);
                continue;
            }
            var maxDistance = word.Length >= 8 ? 2 : 1;
            string? bestWord = null;
            var bestDistance = int.MaxValue;
            foreach (var (known, frequency) in _wordFrequency)
            {
                if (Math.Abs(known.Length - word.Length) > maxDistance) continue;
                var distance = Safety.EditDistance.Distance(word, known, maxDistance);
                if (distance > maxDistance) continue;
                if (distance < bestDistance || (distance == bestDistance && frequency > _wordFrequency[bestWord!]))
                {
                    bestDistance = distance;
                    bestWord = known;
                }
            }
            result.Add(bestWord ?? word);
        }
        return result;
    }

    private Dictionary<string, double> Vectorize(IEnumerable<string> terms)
    {
        var vector = new Dictionary<string, double>();
        foreach (var term in terms)
            if (_idf.TryGetValue(term, out var idf)) vector[term] = vector.GetValueOrDefault(term) + idf;
        return vector;
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        double dot = 0, normA = 0, normB = 0;
        foreach (var (term, weight) in a)
        {
            normA += weight * weight;
            if (b.TryGetValue(term, out var other)) dot += weight * other;
        }
        foreach (var weight in b.Values) normB += weight * weight;
        return dot == 0 ? 0 : dot / Math.Sqrt(normA * normB);
    }

    private static bool ContainsPhrase(List<string> terms, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= terms.Count; i++)
        {
            var all = true;
            for (var j = 0; j < phrase.Length && all; j++) all = terms[i + j] == phrase[j];
            if (all) return true;
        }
        return false;
    }
}
