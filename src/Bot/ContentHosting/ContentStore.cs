using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;
using AwarenessBot.Hosting;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Understanding;
using Microsoft.Extensions.Options;

namespace AwarenessBot.ContentHosting;

/// <summary>What /healthz says about the content: the version served and how the last reload went.</summary>
public sealed record ContentStatus(string Version, DateTimeOffset LoadedAt, bool LastReloadFailed, IReadOnlyList<string> LastReloadErrors);

/// <summary>
/// The content the bot serves, in every language. Loads (and validates) it once at start-up, which
/// fails on errors; afterwards <see cref="Reload"/> publishes new content only when all of it, in every
/// language, is valid, swapping it in one step. A turn reads the library once and keeps it, so a reload
/// never changes content under a running turn, and a bad edit never replaces good content.
/// </summary>
public sealed class ContentStore : IContentProvider
{
    private readonly ILogger<ContentStore> _logger;
    private readonly Lock _reloadLock = new();
    private volatile ContentLibrary _library;
    private volatile ContentStatus _status;

    private readonly IEmbeddingModel? _model;

    public ContentStore(IOptions<ContentOptions> options, UnderstandingService understanding, ILogger<ContentStore> logger)
    {
        _logger = logger;
        _model = understanding.Model;
        Folder = options.Value.ResolvedPath;
        _library = ContentLibraryLoader.LoadOrThrow(Folder, _model);
        _status = new(_library.Version, DateTimeOffset.UtcNow, false, []);
        _logger.LogInformation("Content {Version} loaded from {Folder}: {Topics} topics, {Dialogs} dialogs, languages {Languages}", _library.Version, Folder, _library.English.Topics.Count, _library.English.Dialogs.Count, string.Join(",", _library.Languages));
    }

    public string Folder { get; }
    public ContentLibrary Library => _library;
    public ContentStatus Status => _status;

    /// <summary>Reads the folder again; publishes it if valid, otherwise keeps the last good content and logs why.</summary>
    public bool Reload()
    {
        lock (_reloadLock)
        {
            var result = ContentLibraryLoader.Load(Folder, _model);
            if (result.Library is null)
            {
                var errors = result.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.ToString()).ToList();
                foreach (var error in errors) _logger.LogError("Content change not published: {Issue}", error);
                _status = _status with { LastReloadFailed = true, LastReloadErrors = errors };
                return false;
            }
            if (result.Library.Version != _library.Version)
            {
                _library = result.Library;
                _logger.LogInformation("Content {Version} published: {Topics} topics, {Dialogs} dialogs", _library.Version, _library.English.Topics.Count, _library.English.Dialogs.Count);
            }
            _status = new(_library.Version, DateTimeOffset.UtcNow, false, []);
            return true;
        }
    }
}
