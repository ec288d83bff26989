using AwarenessBot.Safety.Understanding;

namespace AwarenessBot.Safety.Semantic;

/// <summary>How close a message is to each kind of exemplar: the mean of its <see cref="ExemplarIndex.Neighbours"/> best similarities per label.</summary>
public sealed record ExemplarSimilarity(float Crisis, float Concern, float Info, string Nearest)
{
    public static readonly ExemplarSimilarity None = new(0, 0, 0, "");

    /// <summary>The strongest of the risk labels (crisis or concern).</summary>
    public float Risk => Math.Max(Crisis, Concern);
}

/// <summary>
/// Nearest-neighbour lookup over the embedded <see cref="SafetyExemplars"/>. Built once per model
/// (the vectors are cached), then pure and thread-safe.
/// </summary>
public sealed class ExemplarIndex
{
    /// <summary>How many nearest exemplars of a label are averaged: one stray exemplar should not decide alone.</summary>
    public const int Neighbours = 2;

    private readonly IReadOnlyList<(ExemplarLabel Label, float[] Vector)> _vectors;

    public ExemplarIndex(IEmbeddingModel model, IReadOnlyList<Exemplar>? exemplars = null)
    {
        exemplars ??= SafetyExemplars.All;
        var vectors = EmbeddingCache.Embed(model, exemplars.Select(e => e.Text).ToList());
        _vectors = exemplars.Select((e, i) => (e.Label, vectors[i])).ToList();
        Count = _vectors.Count;
    }

    public int Count { get; }

    public ExemplarSimilarity Compare(float[] vector)
    {
        var best = new Dictionary<ExemplarLabel, List<float>> { [ExemplarLabel.Crisis] = [], [ExemplarLabel.Concern] = [], [ExemplarLabel.Info] = [] };
        var nearest = (Label: ExemplarLabel.Info, Similarity: float.MinValue);
        foreach (var (label, exemplar) in _vectors)
        {
            var similarity = Vectors.Similarity(vector, exemplar);
            Keep(best[label], similarity);
            if (similarity > nearest.Similarity) nearest = (label, similarity);
        }
        return new(Mean(best[ExemplarLabel.Crisis]), Mean(best[ExemplarLabel.Concern]), Mean(best[ExemplarLabel.Info]), nearest.Label.ToString().ToLowerInvariant());
    }

    private static void Keep(List<float> top, float similarity)
    {
        if (top.Count < Neighbours) top.Add(similarity);
        else
        {
            var lowest = top.IndexOf(top.Min());
            if (similarity > top[lowest]) top[lowest] = similarity;
        }
    }

    private static float Mean(List<float> values) => values.Count == 0 ? 0 : values.Average();
}
