namespace AwarenessBot.Safety.Understanding;

/// <summary>
/// A sentence-embedding model: each text becomes a unit-length vector, so the dot product of two
/// vectors is their cosine similarity. Must be safe to call from several threads at once. The
/// host supplies it (all-MiniLM-L6-v2); without one, the bot runs on rules and lexical matching.
/// </summary>
public interface IEmbeddingModel
{
    float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}

public static class Vectors
{
    /// <summary>The cosine similarity of two unit-length vectors.</summary>
    public static float Similarity(float[] a, float[] b)
    {
        var length = Math.Min(a.Length, b.Length);
        var sum = 0f;
        for (var i = 0; i < length; i++) sum += a[i] * b[i];
        return sum;
    }
}
