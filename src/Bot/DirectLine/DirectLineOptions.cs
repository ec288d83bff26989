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

    /// <summary>
    /// New conversations one client address may open per 10 minutes: generous, because a whole school
    /// reaches the bot from one address (its NAT), and a full store makes room rather than refusing.
    /// </summary>
    public int ConversationsPerClient { get; set; } = 300;

    /// <summary>Requests per conversation per minute (Web Chat polls once a second, so this is well above 60).</summary>
    public int RequestsPerConversationPerMinute { get; set; } = 150;

    /// <summary>Largest accepted activity, in bytes.</summary>
    public int MaxActivityBytes { get; set; } = 32 * 1024;

    /// <summary>
    /// Conversations nobody has polled or written to for this long are dropped from memory. Web Chat
    /// polls every second while the page is open, so only closed pages go idle.
    /// </summary>
    public double IdleMinutes { get; set; } = 60;

    /// <summary>A token whose conversation was never started is dropped after this long.</summary>
    public double UnstartedMinutes { get; set; } = 5;

    /// <summary>Conversations kept in memory at most; beyond it, the least recently used make room for new ones.</summary>
    public int MaxConversations { get; set; } = 10_000;

    /// <summary>Memory all conversations' histories may take together; over it, the least recently used are dropped.</summary>
    public int MemoryBudgetMegabytes { get; set; } = 256;

    /// <summary>Each conversation keeps only its newest activities (a count and a size) and returns them a page at a time.</summary>
    public DirectLineLimits Limits { get; set; } = DirectLineLimits.Default;

    public bool UsesAzure => !string.IsNullOrWhiteSpace(Secret);
}
