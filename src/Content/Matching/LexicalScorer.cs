using AwarenessBot.Content.Model;
using AwarenessBot.Text;

namespace AwarenessBot.Content.Matching;

/// <summary>
/// The lexical half of matching: how well a question's words fit each topic, from the content alone:
/// <list type="bullet">
/// <item>each example question and title is a TF-IDF vector; the best cosine similarity counts most;</item>
/// <item>how much of the question the topic's whole vocabulary (questions, keywords) covers is blended in,
/// so a question that mixes words from several examples of one topic still finds it;</item>
/// <item>the answer text itself can carry a question whose words only it uses ("Dressember", "ASAP"),
/// at a score that stays below a confident answer unless it covers the question well;</item>
/// <item>each keyword phrase found in the question adds a bonus;</item>
/// <item>a topic matched only through everyday words ("school", "friend", <see cref="EverydayWords"/>) is scaled down.</item>
/// </list>
/// Words are stemmed and mapped through the content's synonyms, and misspellings are corrected to
/// the nearest word the content uses. Words the content never uses still count against a match, so
/// an off-topic question that shares one word with a topic does not look like it.
/// Scores are not capped: two topics can both pass 1.0 with keyword bonuses, and their order still counts.
/// Built once per content set; scoring is pure and thread-safe.
/// </summary>
public sealed class LexicalScorer
{
    private const double VocabularyBlend = 0.4;
    private const double AnswerTextWeight = 0.5;
    private const double KeywordBonus = 0.2;
    /// <summary>The summed weight of matching words a full score needs: about one distinctive word, or several everyday ones.</summary>
    private const double EvidenceNeeded = 2.5;

    private readonly Synonyms _synonyms;
    private readonly List<(string TopicId, TermVector Vector)> _examples = [];
    private readonly Dictionary<string, TermVector> _vocabularies = [];
    private readonly Dictionary<string, TermVector> _answers = [];
    private readonly Dictionary<string, List<string[]>> _keywords = [];
    private readonly Dictionary<string, int> _answersUsingTerm = [];
    private readonly Dictionary<string, double> _idf = [];
    private readonly Dictionary<string, int> _wordFrequency = [];
    private readonly double _unknownWeight;

    public LexicalScorer(IEnumerable<Topic> topics, Synonyms? synonyms = null)
    {
        _synonyms = synonyms ?? Synonyms.None;
        var topicList = topics.ToList();
        var examples = new List<(string TopicId, List<string> Terms)>();
        var answers = new Dictionary<string, List<string>>();
        foreach (var topic in topicList)
        {
            foreach (var text in topic.Questions.Append(topic.Title))
                examples.Add((topic.Id, TermsOf(TextNormalizer.Words(text))));
            _keywords[topic.Id] = topic.Keywords.Select(k => TermsOf(TextNormalizer.Words(k)).ToArray()).Where(k => k.Length > 0).ToList();
            answers[topic.Id] = TermsOf(TextNormalizer.Words(string.Join('\n', topic.MessagesFor(Audience.All))));
            foreach (var word in topic.Questions.Append(topic.Title).Concat(topic.Keywords).SelectMany(TextNormalizer.Words))
                if (!TextNormalizer.IsStopWord(word)) _wordFrequency[word] = _wordFrequency.GetValueOrDefault(word) + 1;
        }

        // IDF over topics, not examples, so a word every example of one topic uses is not penalised.
        var topicsByTerm = new Dictionary<string, HashSet<string>>();
        var allTerms = examples.Concat(_keywords.SelectMany(k => k.Value.Select(v => (k.Key, v.ToList())))).Concat(answers.Select(a => (a.Key, a.Value)));
        foreach (var (topicId, terms) in allTerms)
            foreach (var term in terms)
            {
                if (!topicsByTerm.TryGetValue(term, out var set)) topicsByTerm[term] = set = [];
                set.Add(topicId);
            }
        var topicCount = Math.Max(1, topicList.Count);
        foreach (var (term, set) in topicsByTerm) _idf[term] = Math.Log(1.0 + topicCount / (double)set.Count);
        _unknownWeight = Math.Log(1.0 + topicCount);

        foreach (var (topicId, terms) in examples)
            if (terms.Count > 0) _examples.Add((topicId, Vectorize(terms)));
        foreach (var topic in topicList)
        {
            var vocabulary = examples.Where(e => e.TopicId == topic.Id).SelectMany(e => e.Terms).Concat(_keywords[topic.Id].SelectMany(k => k));
            _vocabularies[topic.Id] = Vectorize(vocabulary.Distinct());
            _answers[topic.Id] = Vectorize(answers[topic.Id].Distinct());
        }
        foreach (var term in _answers.Values.SelectMany(a => a.Weights.Keys)) _answersUsingTerm[term] = _answersUsingTerm.GetValueOrDefault(term) + 1;
    }

    /// <summary>Each topic's score for the question (topics with no evidence are left out).</summary>
    public IReadOnlyDictionary<string, double> Score(string? question)
    {
        var terms = TermsOf(Correct(AgeWords.Rewrite(TextNormalizer.Words(question))));
        if (!terms.Any(_idf.ContainsKey)) return new Dictionary<string, double>();
        var query = Vectorize(terms);
        // Words the content never uses make the question less like any topic.
        var queryNorm = query.Norm + terms.Where(t => !_idf.ContainsKey(t)).Distinct().Count() * _unknownWeight * _unknownWeight;

        var scores = new Dictionary<string, double>();
        foreach (var (topicId, example) in _examples)
            scores[topicId] = Math.Max(scores.GetValueOrDefault(topicId), Cosine(query, queryNorm, example));
        foreach (var (topicId, vocabulary) in _vocabularies)
            scores[topicId] = (1 - VocabularyBlend) * scores.GetValueOrDefault(topicId) + VocabularyBlend * Coverage(query, queryNorm, vocabulary);
        foreach (var (topicId, answer) in _answers)
            if (IsDistinctiveFor(query, answer))
                scores[topicId] = Math.Max(scores[topicId], AnswerTextWeight * Coverage(query, queryNorm, answer, RareInAnswers));
        foreach (var (topicId, keywords) in _keywords)
        {
            var hits = keywords.Count(k => ContainsPhrase(terms, k));
            if (hits > 0) scores[topicId] += KeywordBonus * Math.Min(hits, 2);
        }

        foreach (var topicId in scores.Keys.ToList())
        {
            // Everyday words alone are thin evidence, however well they line up; a keyword the admin chose is not.
            var keywordTerms = _keywords[topicId].Where(k => ContainsPhrase(terms, k)).SelectMany(k => k).ToHashSet();
            var evidence = query.Weights
                .Where(w => _vocabularies[topicId].Weights.ContainsKey(w.Key) || _answers[topicId].Weights.ContainsKey(w.Key))
                .Sum(w => keywordTerms.Contains(w.Key) ? _idf[w.Key] : w.Value);
            scores[topicId] *= Math.Min(1.0, evidence / EvidenceNeeded);
        }
        return scores.Where(s => s.Value > 0).ToDictionary(s => s.Key, s => s.Value);
    }

    /// <summary>
    /// The answer text may carry a question on its own only with two of its words, or one word no
    /// other answer uses: "how do I make friends" must not find the topic that mentions friends.
    /// </summary>
    private bool IsDistinctiveFor(TermVector query, TermVector answer)
    {
        var shared = query.Weights.Keys.Where(answer.Weights.ContainsKey).Take(2).ToList();
        return shared.Count == 2 || (shared.Count == 1 && _answersUsingTerm.GetValueOrDefault(shared[0]) == 1);
    }

    /// <summary>Words to matching terms: phrases to their word, no stop words, stemmed, then through the synonyms.</summary>
    private List<string> TermsOf(List<string> words) =>
        _synonyms.ReplacePhrases(words).Where(w => !TextNormalizer.IsStopWord(w)).Select(TextNormalizer.Stem).Select(_synonyms.Map).ToList();

    /// <summary>
    /// Replaces words the content never uses with the closest word it does ("trafficing" -> "trafficking",
    /// "sings" -> "signs"). Short words are left alone: one letter turns "next" into "text".
    /// </summary>
    private List<string> Correct(List<string> words)
    {
        var result = new List<string>(words.Count);
        foreach (var word in words)
        {
            if (word.Length < 5 || _wordFrequency.ContainsKey(word) || TextNormalizer.IsStopWord(word))
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
                var distance = EditDistance.Distance(word, known, maxDistance);
                if (distance > maxDistance) continue;
                if (distance < bestDistance || (distance == bestDistance && frequency > _wordFrequency[bestWord!]))
                {
                    bestDistance = distance;
                    bestWord = known;
                }
            }
            // A word whose stem the content knows stays, unless it is one slip from a word the content
            // uses often ("trafficing" is "trafficking", not the rarer "traffic").
            var keep = bestWord is null || (IsKnownTerm(word) && (bestDistance > 1 || _wordFrequency[bestWord] < 3));
            result.Add(keep ? word : bestWord!);
        }
        return result;
    }

    private bool IsKnownTerm(string word)
    {
        var stem = TextNormalizer.Stem(word);
        return _idf.ContainsKey(_synonyms.Map(stem));
    }

    private TermVector Vectorize(IEnumerable<string> terms)
    {
        var weights = new Dictionary<string, double>();
        foreach (var term in terms)
            if (_idf.TryGetValue(term, out var idf)) weights[term] = weights.GetValueOrDefault(term) + idf * (EverydayWords.Contains(term) ? EverydayWords.Weight : 1);
        return new TermVector(weights);
    }

    private static double Cosine(TermVector query, double queryNorm, TermVector other)
    {
        double dot = 0;
        foreach (var (term, weight) in query.Weights)
            if (other.Weights.TryGetValue(term, out var otherWeight)) dot += weight * otherWeight;
        return dot == 0 ? 0 : dot / Math.Sqrt(queryNorm * other.Norm);
    }

    /// <summary>How much of the question's weight the terms of a longer text account for (0..1), counting only terms that pass <paramref name="counts"/>.</summary>
    private static double Coverage(TermVector query, double queryNorm, TermVector text, Func<string, bool>? counts = null)
    {
        double covered = 0;
        foreach (var (term, weight) in query.Weights)
            if (text.Weights.ContainsKey(term) && (counts is null || counts(term))) covered += weight * weight;
        return covered / queryNorm;
    }

    /// <summary>Words most answers use ("trafficking", "human") say nothing about which answer fits.</summary>
    private bool RareInAnswers(string term) => _answersUsingTerm.GetValueOrDefault(term) <= 2;

    private static bool ContainsPhrase(List<string> terms, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= terms.Count; i++)
            if (Synonyms.StartsAt(terms, i, phrase)) return true;
        return false;
    }

    /// <summary>Term weights with their squared norm computed once.</summary>
    private sealed class TermVector(Dictionary<string, double> weights)
    {
        public Dictionary<string, double> Weights { get; } = weights;
        public double Norm { get; } = weights.Values.Sum(w => w * w);
    }
}
