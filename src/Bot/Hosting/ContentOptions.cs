namespace AwarenessBot.Hosting;

/// <summary>The "Content" configuration section.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content folder for one language (it holds bot.yaml, topics/ and dialogs/). Relative paths start at the app's folder.</summary>
    public string Path { get; set; } = "toolkit/en";

    public string ResolvedPath => System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, Path));
}
