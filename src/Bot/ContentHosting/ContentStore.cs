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
/// The content the bot serves. Loads (and validates) it once at start-up, which fails on errors;
/// afterwards <see cref="Reload"/> publishes a new set only when all of it is valid, swapping the
/// whole set in one step. A turn reads <see cref="Current"/> once and keeps that set, so a reload
/// never changes content under a running turn, and a bad edit never replaces good content.
/// </summary>
public sealed class ContentStore : IContentProvider
{
    private readonly ILogger<ContentStore> _logger;
    private readonly Lock _reloadLock = new();
    private volatile ContentSet _current;
    private volatile ContentStatus _status;

    private readonly IEmbeddingModel? _model;

    public ContentStore(IOptions<ContentOptions> options, UnderstandingService understanding, ILogger<ContentStore> logger)
    {
        _logger = logger;
        _model = understanding.Model;
        Folder = options.Value.ResolvedPath;
        _current = ContentLoader.LoadOrThrow(Folder, _model);
        _status = new(_current.Version, DateTimeOffset.UtcNow, false, []);
        _logger.LogInformation("Content {Version} loaded from {Folder}: {Topics} topics, {Dialogs} dialogs", _current.Version, Folder, _current.Topics.Count, _current.Dialogs.Count);
    }

    public string Folder { get; }
    public ContentSet Current => _current;
    public ContentStatus Status => _status;

    /// <summary>Reads the folder again; publishes it if valid, otherwise keeps the last good set and logs why.</summary>
    public bool Reload()
    {
        lock (_reloadLock)
        {
            var result = ContentLoader.Load(Folder, _model);
            if (result.Content is null)
            {
                var errors = result.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.ToString()).ToList();
                foreach (var error in errors) _logger.LogError("Content change not published: {Issue}", error);
                _status = _status with { LastReloadFailed = true, LastReloadErrors = errors };
                return false;
            }
            if (result.Content.Version != _current.Version)
            {
                _current = result.Content;
                _logger.LogInformation("Content {Version} published: {Topics} topics, {Dialogs} dialogs", result.Content.Version, result.Content.Topics.Count, result.Content.Dialogs.Count);
            }
            _status = new(_current.Version, DateTimeOffset.UtcNow, false, []);
            return true;
        }
    }
}
