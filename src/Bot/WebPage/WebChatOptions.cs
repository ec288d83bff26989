namespace AwarenessBot.WebPage;

/// <summary>The "WebChat" configuration section: the students' page.</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>Where "Leave this site" goes: a neutral page, so a glance at the screen reveals nothing.</summary>
    public string ExitUrl { get; set; } = "https://www.weather.gov/";
}
