namespace AwarenessBot.Safety;

public enum CrisisLanguage { English, Spanish }

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
}

/// <summary>The detector's verdict on one message. <see cref="Rule"/> names the pattern (never the text) for logs and tests.</summary>
public sealed record CrisisAssessment(bool IsCrisis, CrisisKind Kind, CrisisLanguage Language, string? Rule)
{
    public static CrisisAssessment NotCrisis(CrisisLanguage language) => new(false, CrisisKind.None, language, null);
}
