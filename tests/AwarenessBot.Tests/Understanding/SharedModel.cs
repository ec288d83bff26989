using AwarenessBot.Safety;
using AwarenessBot.Safety.Semantic;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Understanding;

namespace AwarenessBot.Tests.Understanding;

/// <summary>The real sentence model, loaded once per test process (as the bot does), with the safety classifier built on it.</summary>
internal static class SharedModel
{
    private static readonly Lazy<(IEmbeddingModel Model, SafetyClassifier Safety, MessageUnderstander Understander)> Loaded = new(() =>
    {
        var model = new MiniLmModelLoader().Load();
        return (model, new SafetyClassifier(new ExemplarIndex(model)), new MessageUnderstander(model));
    });

    public static IEmbeddingModel Model => Loaded.Value.Model;

    public static SafetyAssessment Assess(string message) => Loaded.Value.Safety.Assess(Loaded.Value.Understander.Understand(message));
}
