using System.Reflection;

namespace AwarenessBot.ContentHosting;

/// <summary>The "Content" configuration section.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// The content folder: one folder per language inside it (en/, es/), or a single content set (it holds
    /// bot.yaml, topics/ and dialogs/: English only). Relative paths start at the app's folder. Empty means:
    /// the repository's src/Content/toolkit when the bot runs from a checkout (so admins' edits there go
    /// live), else the copy published next to the app.
    /// </summary>
    public string Path { get; set; } = "";

    /// <summary>
    /// When the folder has errors at start-up, serve the last good (or the shipped) content instead of
    /// stopping. On for the bot, which must never be down; off for the command line, which reports them.
    /// </summary>
    public bool FallBackOnErrors { get; set; } = true;

    /// <summary>
    /// When the content folder is missing or has no content files, copy the content shipped with the app into it
    /// first. For a new, empty file share mounted as the content folder (deploy/main.bicep): admins then edit
    /// the copy. Never overwrites anything.
    /// </summary>
    public bool SeedWhenEmpty { get; set; }

    /// <summary>How often to check the content files for changes, in seconds.</summary>
    public double PollSeconds { get; set; } = 0.5;

    public string ResolvedPath
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Path)) return System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, Path));
            var source = typeof(ContentOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .FirstOrDefault(a => a.Key == "ContentSourceFolder")?.Value;
            if (source is not null && Directory.Exists(System.IO.Path.Combine(source, "en"))) return System.IO.Path.GetFullPath(source);
            return System.IO.Path.Combine(AppContext.BaseDirectory, "toolkit");
        }
    }
}
