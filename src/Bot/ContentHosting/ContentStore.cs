using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Storage;
using AwarenessBot.Understanding;
using Microsoft.Extensions.Options;

namespace AwarenessBot.ContentHosting;

/// <summary>
/// What /healthz says about the content: the version served, how the last reload went, and, when the
/// content folder could not be used at start-up, which fallback is served instead ("last-good", "shipped" or "safe-mode").
/// </summary>
public sealed record ContentStatus(string Version, DateTimeOffset LoadedAt, bool LastReloadFailed, IReadOnlyList<string> LastReloadErrors, string? Fallback = null);

/// <summary>
/// The content the bot serves, in every language. Loads (and validates) it at start-up; afterwards
/// <see cref="Reload"/> publishes new content only when all of it, in every language, is valid, swapping
/// it in one step, and keeps a copy of it as the last good content (data folder). Broken content never
/// keeps the bot down: at start-up it falls back to that copy, else to the content shipped with the app,
/// else to <see cref="SafeModeContent"/>, and says so. A turn reads the library once and keeps it, so a reload never changes content under it.
/// </summary>
public sealed class ContentStore : IContentProvider
{
    private const string LastGoodFolderName = "last-good-content";

    private readonly ILogger<ContentStore> _logger;
    private readonly Lock _reloadLock = new();
    private readonly IEmbeddingModel? _model;
    private readonly string _lastGood;
    private volatile ContentLibrary _library;
    private volatile ContentStatus _status;

    public ContentStore(IOptions<ContentOptions> options, IOptions<DataOptions> data, UnderstandingService understanding, ILogger<ContentStore> logger)
    {
        _logger = logger;
        _model = understanding.Model;
        Folder = options.Value.ResolvedPath;
        _lastGood = Path.Combine(data.Value.ResolvedPath, LastGoodFolderName);
        if (options.Value.SeedWhenEmpty) SeedFromShipped();
        var result = ContentLibraryLoader.Load(Folder, _model);
        if (result.Library is { } library)
        {
            _library = library;
            _status = new(library.Version, DateTimeOffset.UtcNow, false, []);
            KeepAsLastGood();
        }
        else
        {
            if (!options.Value.FallBackOnErrors) throw new ContentValidationException(result.Issues);
            var errors = Errors(result);
            foreach (var error in errors) _logger.LogError("Content not usable: {Issue}", error);
            (_library, var fallback) = LoadFallback() ?? (SafeModeContent.Create(), SafeModeContent.Name);
            _status = new(_library.Version, DateTimeOffset.UtcNow, true, errors, fallback);
            if (fallback == SafeModeContent.Name)
                _logger.LogCritical("No content could be loaded: the bot runs in safe mode (welcome, emergency response, check-in and hotline only) until the content folder is fixed");
            else
                _logger.LogWarning("Serving the {Fallback} content ({Version}) until the content folder is fixed", fallback, _library.Version);
        }
        _logger.LogInformation("Content {Version} loaded: {Topics} topics, {Dialogs} dialogs, languages {Languages}", _library.Version, _library.English.Topics.Count, _library.English.Dialogs.Count, string.Join(",", _library.Languages));
    }

    public string Folder { get; }
    public ContentLibrary Library => _library;
    public ContentStatus Status => _status;

    /// <summary>Reads the folder again; publishes it if valid, otherwise keeps the content served now and logs why.</summary>
    public bool Reload()
    {
        lock (_reloadLock)
        {
            var result = ContentLibraryLoader.Load(Folder, _model);
            if (result.Library is null)
            {
                var errors = Errors(result);
                foreach (var error in errors) _logger.LogError("Content change not published: {Issue}", error);
                _status = _status with { LastReloadFailed = true, LastReloadErrors = errors };
                return false;
            }
            var changed = result.Library.Version != _library.Version || _status.Fallback is not null;
            // The status first: whoever sees the new content also sees the status that goes with it.
            _status = new(result.Library.Version, DateTimeOffset.UtcNow, false, []);
            if (changed) _library = result.Library;
            if (changed)
            {
                _logger.LogInformation("Content {Version} published: {Topics} topics, {Dialogs} dialogs", _library.Version, _library.English.Topics.Count, _library.English.Dialogs.Count);
                KeepAsLastGood();
            }
            return true;
        }
    }

    private static List<string> Errors(ContentLibraryLoadResult result) =>
        result.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.ToString()).ToList();

    /// <summary>The last content that published here, else the content shipped with the app; null when neither loads.</summary>
    private (ContentLibrary, string)? LoadFallback()
    {
        foreach (var (folder, name) in new[] { (_lastGood, "last-good"), (ShippedFolder, "shipped") })
        {
            if (!Directory.Exists(folder) || Path.GetFullPath(folder) == Path.GetFullPath(Folder)) continue;
            if (ContentLibraryLoader.Load(folder, _model).Library is { } library) return (library, name);
        }
        return null;
    }

    private static string ShippedFolder => Path.Combine(AppContext.BaseDirectory, "toolkit");

    /// <summary>An empty content folder gets a copy of the shipped content (<see cref="ContentOptions.SeedWhenEmpty"/>).</summary>
    private void SeedFromShipped()
    {
        if ((Directory.Exists(Folder) && ContentLibraryLoader.ContentFiles(Folder).Count > 0) || !Directory.Exists(ShippedFolder)) return;
        try
        {
            CopyContent(ShippedFolder, Folder);
            _logger.LogInformation("The content folder was empty: it now holds a copy of the shipped content to edit");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogError("Could not copy the shipped content into the empty content folder: {Problem}", e.Message);
        }
    }

    private static void CopyContent(string from, string to)
    {
        foreach (var file in ContentLibraryLoader.ContentFiles(from))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: false);
        }
    }

    /// <summary>Copies the content just published to the data folder (best effort: the bot serves it either way).</summary>
    private void KeepAsLastGood()
    {
        var staging = _lastGood + ".new";
        try
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            CopyContent(Folder, staging);
            if (Directory.Exists(_lastGood)) Directory.Delete(_lastGood, recursive: true);
            Directory.Move(staging, _lastGood);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Could not keep a copy of the content as the last good one: {Problem}", e.Message);
        }
    }
}
