using AwarenessBot.Text;

namespace AwarenessBot.Safety;

/// <summary>
/// How the bot must respond to a message before anything else: <see cref="Crisis"/> gets the fixed
/// emergency response, <see cref="CheckIn"/> the fixed "are you safe right now?" reply, <see cref="None"/> nothing.
/// </summary>
public enum SafetyTier { None, CheckIn, Crisis }

public static class SafetyTierNames
{
    /// <summary>"crisis", "check-in" or "none", as the Route trace and the tools print it.</summary>
    public static string Name(this SafetyTier tier) => tier switch { SafetyTier.Crisis => "crisis", SafetyTier.CheckIn => "check-in", _ => "none" };
}

public enum CrisisKind
{
    None,
    /// <summary>First-person disclosure of being exploited, sold, forced, controlled, held, threatened or abused.</summary>
    Exploitation,
    /// <summary>The user, or someone with them, is in danger now.</summary>
    ImmediateDanger,
    /// <summary>Thoughts of suicide or self-harm.</summary>
    SelfHarm,
    /// <summary>A bare call for help ("help me", "SOS", "auxilio").</summary>
    CallForHelp,
    /// <summary>Something that may be a disclosure but is not clearly one (the check-in tier).</summary>
    PossibleRisk,
    /// <summary>Recognised by its similarity to crisis exemplars rather than by a rule.</summary>
    Unclassified,
}

/// <summary>How a message frames what it says: as a question about a case (hypothetical, for a class), as over and done, as denied ("I'm not in danger, just curious"), or laughing.</summary>
public enum CrisisFraming { None, Hypothetical, Resolved, Denied, Laughter }

/// <summary>
/// What the rules found in one message: the tier they call for and the name of every rule that
/// fired (never the text), for logs, the Route trace and tests.
/// </summary>
public sealed record CrisisAssessment(SafetyTier Tier, CrisisKind Kind, Language Language, IReadOnlyList<string> Rules)
{
    public bool IsCrisis => Tier == SafetyTier.Crisis;
    public string? Rule => Rules.Count > 0 ? Rules[0] : null;

    public CrisisFraming Framing { get; init; }

    /// <summary>
    /// The tier a signal calls for, given how the message frames it. A hypothetical, resolved or denied framing
    /// lowers it by one step: a crisis signal gets the check-in (never nothing: it still shows 911 and the
    /// hotline, and "I'm in danger" is one tap away), a check-in signal gets none. Laughing lowers only a
    /// crisis signal, and never one of self-harm ("kms lol").
    /// </summary>
    public SafetyTier Demote(SafetyTier tier, CrisisKind kind) => (Framing, tier) switch
    {
        (CrisisFraming.Hypothetical or CrisisFraming.Resolved or CrisisFraming.Denied, SafetyTier.Crisis) => SafetyTier.CheckIn,
        (CrisisFraming.Hypothetical or CrisisFraming.Resolved or CrisisFraming.Denied, _) => SafetyTier.None,
        (CrisisFraming.Laughter, SafetyTier.Crisis) when kind != CrisisKind.SelfHarm => SafetyTier.CheckIn,
        _ => tier,
    };

    public static CrisisAssessment NotCrisis(Language language) => new(SafetyTier.None, CrisisKind.None, language, []);
}
