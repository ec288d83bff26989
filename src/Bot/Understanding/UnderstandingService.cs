using System.Diagnostics;
using AwarenessBot.Safety;
using AwarenessBot.Safety.Guard;
using AwarenessBot.Safety.Semantic;
using AwarenessBot.Safety.Understanding;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Understanding;

/// <summary>What /healthz says about understanding: "ok"; "degraded" (the model failed: rules and lexical matching only) or "off" (by setting), with the reason.</summary>
public sealed record UnderstandingStatus(string State, string? Problem);

/// <summary>
/// The understanding step's parts for the whole process: the model (loaded once at start-up),
/// the safety exemplars embedded with it, the understander and the safety classifier. If the
/// model cannot load, the bot still starts: it logs one clear error and runs on rules and
/// lexical matching, and <see cref="Status"/> says so. The emergency response never depends on it.
/// </summary>
public sealed class UnderstandingService : ISafetyUnderstanding
{
    public UnderstandingService(IEmbeddingModelLoader loader, IOptions<UnderstandingOptions> options, ILogger<UnderstandingService> logger)
    {
        Safety = SafetyClassifier.RulesOnly;
        if (!options.Value.Enabled)
        {
            Status = new("off", "turned off in the settings (Understanding:Enabled=false); answering with rules and lexical matching only");
            logger.LogWarning("Understanding is off: {Problem}", Status.Problem);
        }
        else
        {
            var started = Stopwatch.StartNew();
            try
            {
                Model = loader.Load();
                Exemplars = new ExemplarIndex(Model);
                Safety = new SafetyClassifier(Exemplars);
                Status = new("ok", null);
                logger.LogInformation("Understanding ready: sentence model loaded and {Count} safety exemplars embedded in {Milliseconds} ms", Exemplars.Count, started.ElapsedMilliseconds);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                (Model, Exemplars) = (null, null);
                Status = new("degraded", $"the sentence model could not be loaded ({e.GetType().Name}: {e.Message}); answering with rules and lexical matching only");
                logger.LogError(e, "Understanding degraded: {Problem}", Status.Problem);
            }
        }
        Understander = new MessageUnderstander(Model, e => logger.LogError("The sentence model failed on a message ({ExceptionType}); that turn used rules and lexical matching only", e.GetType().Name));
    }

    /// <summary>The model, or null when it is off or could not be loaded.</summary>
    public IEmbeddingModel? Model { get; }
    /// <summary>The safety exemplars, embedded; null without the model.</summary>
    public ExemplarIndex? Exemplars { get; }
    public MessageUnderstander Understander { get; }
    public SafetyClassifier Safety { get; }
    public UnderstandingStatus Status { get; }
}

/// <summary>The "Understanding" settings.</summary>
public sealed class UnderstandingOptions
{
    public const string Section = "Understanding";

    /// <summary>Load the sentence model (about 100 MB of memory, half a second at start-up). Off: rules and lexical matching only.</summary>
    public bool Enabled { get; set; } = true;
}
