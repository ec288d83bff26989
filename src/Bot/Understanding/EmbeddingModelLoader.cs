using AwarenessBot.Safety.Understanding;

namespace AwarenessBot.Understanding;

/// <summary>Loads the embedding model; a seam so a test can make loading fail the way a damaged install would.</summary>
public interface IEmbeddingModelLoader
{
    IEmbeddingModel Load();
}

/// <summary>
/// Loads all-MiniLM-L6-v2 once per process and shares it: it is immutable and thread-safe, and
/// loading it again for every host (the CLI, each test bot) would cost half a second and 100 MB each.
/// </summary>
public sealed class MiniLmModelLoader : IEmbeddingModelLoader
{
    private static readonly Lazy<MiniLmEmbeddingModel> Shared = new(() => new MiniLmEmbeddingModel(), LazyThreadSafetyMode.ExecutionAndPublication);

    public IEmbeddingModel Load() => Shared.Value;
}
