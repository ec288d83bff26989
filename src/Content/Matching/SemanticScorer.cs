using AwarenessBot.Content.Model;
using AwarenessBot.Safety.Understanding;

namespace AwarenessBot.Content.Matching;

/// <summary>
/// The semantic half of matching: how close a question's sentence embedding comes to each topic's
/// example questions, title and summary (its first sentence). Embedded when the content is
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
        if (Summary(topic) is { } summary) yield return summary;
    }

    /// <summary>The first sentence of the topic's first message, without Markdown emphasis.</summary>
    private static string? Summary(Topic topic)
    {
        var first = topic.MessagesFor(Audience.All).FirstOrDefault();
        if (string.IsNullOrWhiteSpace(first)) return null;
        var plain = first.Replace("**", "").Replace("__", "").Trim();
        var end = plain.IndexOfAny(['.', '!', '?', '\n']);
        return end > 0 ? plain[..(end + 1)] : plain;
    }
}
