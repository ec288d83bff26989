using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Text;

namespace AwarenessBot.Content.Loading;

/// <summary>The outcome of reading the content in every language: the library (null when there are errors) and every issue found.</summary>
public sealed record ContentLibraryLoadResult(ContentLibrary? Library, IReadOnlyList<ContentIssue> Issues);

/// <summary>
/// Reads the content root: one folder per language (<c>en/</c>, <c>es/</c>), each a content set, then
/// checks the languages against each other (<see cref="ContentParity"/>). A root that is itself a
/// content set (it holds bot.yaml) is English only. All or nothing, like a single set.
/// </summary>
public static class ContentLibraryLoader
{
    public static readonly IReadOnlyList<Language> Languages = [Language.English, Language.Spanish];

    public static string FolderOf(Language language) => language == Language.Spanish ? "es" : "en";

    /// <summary>The folder of one language under the root (the root itself when it is a single, English content set).</summary>
    public static string FolderFor(string root, Language language) =>
        File.Exists(Path.Combine(root, ContentLoader.BotFile)) ? root : Path.Combine(root, FolderOf(language));

    /// <summary>The folder of each language the root has (English always, even if missing, so its absence is reported).</summary>
    public static IReadOnlyList<(Language Language, string Folder)> LanguageFolders(string root)
    {
        if (File.Exists(Path.Combine(root, ContentLoader.BotFile))) return [(Language.English, root)];
        return Languages.Select(l => (l, Path.Combine(root, FolderOf(l))))
            .Where(f => f.l == Language.English || Directory.Exists(f.Item2))
            .ToList();
    }

    public static ContentLibraryLoadResult Load(string root, IEmbeddingModel? model = null)
    {
        var issues = new List<ContentIssue>();
        var sets = new Dictionary<Language, ContentSet>();
        var folders = LanguageFolders(root);
        var single = folders.Count == 1 && folders[0].Folder == root;
        foreach (var (language, folder) in folders)
        {
            var result = ContentLoader.Load(folder, model);
            issues.AddRange(single ? result.Issues : result.Issues.Select(i => i with { Location = i.Location with { File = FolderOf(language) + "/" + i.Location.File } }));
            if (result.Content is not null) sets[language] = result.Content;
        }
        if (sets.TryGetValue(Language.English, out var english) && sets.TryGetValue(Language.Spanish, out var spanish))
        {
            var parity = new ContentIssues();
            ContentParity.Check(english, FolderOf(Language.English), spanish, FolderOf(Language.Spanish), parity);
            issues.AddRange(parity.All);
        }
        if (issues.Any(i => i.Severity == IssueSeverity.Error) || !sets.ContainsKey(Language.English)) return new(null, issues);
        return new(new ContentLibrary(sets), issues);
    }

    /// <summary>Loads or throws <see cref="ContentValidationException"/> listing every error.</summary>
    public static ContentLibrary LoadOrThrow(string root, IEmbeddingModel? model = null)
    {
        var result = Load(root, model);
        return result.Library ?? throw new ContentValidationException(result.Issues);
    }

    /// <summary>Every content file of every language, in a stable order (for the hot-reload watcher).</summary>
    public static IReadOnlyList<string> ContentFiles(string root) =>
        LanguageFolders(root).SelectMany(f => Directory.Exists(f.Folder) ? ContentLoader.ContentFiles(f.Folder) : []).ToList();
}
