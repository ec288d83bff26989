namespace AwarenessBot.DirectLine;

/// <summary>The "DirectLine" configuration section: how the students' web page reaches the bot.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// Azure Bot Service's Direct Line secret. Empty (the default): the bot serves its own Direct
    /// Line endpoint and the page talks to it, no Azure needed. Set: the page gets short-lived
    /// tokens from /api/directline/token, exchanged server-side; the secret never leaves the server.
    /// </summary>
    public string Secret { get; set; } = "";

    /// <summary>Azure Direct Line's address (regional and government clouds have their own).</summary>
    public string Domain { get; set; } = "https://directline.botframework.com/v3/directline";

    /// <summary>How long a token of the embedded endpoint is valid, in seconds; Web Chat refreshes it every 15 minutes.</summary>
    public int TokenSeconds { get; set; } = 1800;

    /// <summary>Key for signing embedded tokens (base64, 32+ bytes). Empty: a random key per process.</summary>
    public string TokenSigningKey { get; set; } = "";

    /// <summary>New conversations one client address may open per 10 minutes.</summary>
    public int ConversationsPerClient { get; set; } = 20;

    /// <summary>Requests per conversation per minute (Web Chat polls once a second, so this is well above 60).</summary>
    public int RequestsPerConversationPerMinute { get; set; } = 150;

    /// <summary>Largest accepted activity, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>Conversations idle this long are dropped from memory (the state's time to live).</summary>
    public double IdleHours { get; set; } = 24;

    /// <summary>Conversations kept in memory at most; beyond it, new ones are refused with 429.</summary>
    public int MaxConversations { get; set; } = 10_000;

    public bool UsesAzure => !string.IsNullOrWhiteSpace(Secret);
}
