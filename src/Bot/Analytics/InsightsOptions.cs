namespace AwarenessBot.Analytics;

/// <summary>The "Insights" configuration section: the daily counts content admins read.</summary>
public sealed class InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>How long a day's counts are kept before the store deletes them.</summary>
    public int KeepMonths { get; set; } = 13;

    /// <summary>How often this instance adds what it counted to the shared store.</summary>
    public double FlushSeconds { get; set; } = 10;

    /// <summary>An unanswered question is shown only once this many different conversations asked it: one asked once can identify a student.</summary>
    public int MinConversations { get; set; } = 3;
}
