using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace AwarenessBot.Safety.Understanding;

/// <summary>
/// Remembers the vectors of the bot's own sentences (exemplars, topic questions), per model, for
/// the life of the process: a content reload then embeds only the sentences that changed, and
/// several bots in one process (the tests) embed them once. Never used for what users write.
/// </summary>
public static class EmbeddingCache
{
    private const int BatchSize = 32;
    private static readonly ConditionalWeakTable<IEmbeddingModel, ConcurrentDictionary<string, float[]>> Caches = new();

    public static float[][] Embed(IEmbeddingModel model, IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var cache = Caches.GetOrCreateValue(model);
        // Batches embed several times faster per sentence than one at a time; two at once use both cores.
        // Sorted by length, so a batch pads its short sentences to a similar length, not to the longest of all.
        var missing = texts.Distinct(StringComparer.Ordinal).Where(t => !cache.ContainsKey(t)).OrderBy(t => t.Length).ToList();
        var batches = missing.Chunk(BatchSize).ToList();
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken }, batch =>
        {
            var vectors = model.Embed(batch, cancellationToken);
            for (var i = 0; i < batch.Length; i++) cache[batch[i]] = vectors[i];
        });
        return texts.Select(t => cache[t]).ToArray();
    }
}
