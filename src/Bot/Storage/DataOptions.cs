namespace AwarenessBot.Storage;

/// <summary>The "Data" configuration section: where the bot keeps its own files.</summary>
public sealed class DataOptions
{
    public const string Section = "Data";

    /// <summary>A folder for the bot's data; relative paths start at the app's folder.</summary>
    public string Path { get; set; } = "data";

    public string ResolvedPath => System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, Path));
}
