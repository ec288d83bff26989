using AwarenessBot.Safety.Understanding;

namespace AwarenessBot.Understanding;

/// <summary>Loads the embedding model; a seam so a test can make loading fail the way a damaged install would.</summary>
public interface IEmbeddingModelLoader
{
    IEmbeddingModel Load();
}

/// <summary>
/// Loads all-MiniLM-L6-v2 once per process and shares it: it is immutable and thread-safe, and
/// loading it again for every host (the CLI, each test bot) would cost time and 100 MB each.
/// The model file it is loaded from lives in the temporary folder, written on first use.
/// </summary>
public sealed class MiniLmModelLoader : IEmbeddingModelLoader
{
    private static readonly string ModelFolder = Path.Combine(Path.GetTempPath(), "awarenessbot-models");
    private static readonly Lazy<MiniLmEmbeddingModel> Shared = new(() => new MiniLmEmbeddingModel(ModelFolder), LazyThreadSafetyMode.ExecutionAndPublication);

    public IEmbeddingModel Load() => Shared.Value;
}
