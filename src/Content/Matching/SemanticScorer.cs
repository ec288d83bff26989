using AwarenessBot.Content.Model;
using AwarenessBot.Safety.Understanding;

namespace AwarenessBot.Content.Matching;

/// <summary>
/// The semantic half of matching: how close a question's sentence embedding comes to each topic's
/// example questions, title and the sentences of its answer. Embedded when the content is
/// (re)loaded, never per turn; scoring is pure and thread-safe.
/// </summary>
public sealed class SemanticScorer
{
    private readonly IReadOnlyList<(string TopicId, float[] Vector)> _examples;

    public SemanticScorer(IEnumerable<Topic> topics, IEmbeddingModel model)
    {
        var texts = topics.SelectMany(t => ExamplesOf(t).Select(text => (t.Id, text))).ToList();
        var vectors = EmbeddingCache.Embed(model, texts.Select(t => t.text).ToList());
        _examples = texts.Select((t, i) => (t.Id, vectors[i])).ToList();
    }

    /// <summary>Each topic's best cosine similarity to the question.</summary>
    public IReadOnlyDictionary<string, double> Score(float[] question)
    {
        var scores = new Dictionary<string, double>();
        foreach (var (topicId, vector) in _examples)
            scores[topicId] = Math.Max(scores.GetValueOrDefault(topicId), Vectors.Similarity(question, vector));
        return scores;
    }

    private static IEnumerable<string> ExamplesOf(Topic topic)
    {
        foreach (var question in topic.Questions) yield return question;
        yield return topic.Title;
        foreach (var sentence in Sentences(topic)) yield return sentence;
    }

    /// <summary>The answer's sentences (Markdown emphasis and links removed): a question about any fact it states finds it.</summary>
    private static IEnumerable<string> Sentences(Topic topic) =>
        topic.MessagesFor(Audience.All)
            .SelectMany(m => m.Replace("**", "").Replace("__", "").Split(['.', '!', '?', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim(' ', '-', '*', ':'))
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4 && !s.Contains("http", StringComparison.Ordinal));
}
