using AwarenessBot.Text;

namespace AwarenessBot.Content.Matching;

/// <summary>
/// The matching thresholds per language ("Matching:English", "Matching:Spanish" in configuration). They
/// differ because the sentence model is English: it scores Spanish sentences as loosely alike far more
/// often (an off-topic Spanish question reaches 0.55-0.65 against the topics), so Spanish counts meaning
/// only higher up and leans more on the words (docs/content-guide.md, "Matching settings").
/// </summary>
public sealed class MatchingOptions
{
    public const string Section = "Matching";

    public MatchThresholds English { get; set; } = new();

    public MatchThresholds Spanish { get; set; } = new()
    {
        LexicalWeight = 0.6,
        SemanticFloor = 0.6,
        ConfidentScore = 0.45,
        CandidateScore = 0.35,
    };

    public MatchThresholds For(Language language) => language == Language.Spanish ? Spanish : English;
}
