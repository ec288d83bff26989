using System.Security.Cryptography;
using System.Text;
using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;
using AwarenessBot.Safety.Understanding;

namespace AwarenessBot.Content.Loading;

/// <summary>The outcome of reading a content folder: the set (null when there are errors) and every issue found.</summary>
public sealed record ContentLoadResult(ContentSet? Content, IReadOnlyList<ContentIssue> Issues);

/// <summary>
/// Reads a language folder of content (e.g. toolkit/en): <c>bot.yaml</c>, <c>synonyms.yaml</c>, <c>topics/*.md</c>
/// and <c>dialogs/*.yaml</c>, then validates the whole set. All or nothing: a set with any
/// error is never returned.
/// </summary>
public static class ContentLoader
{
    public const string BotFile = "bot.yaml";
    public const string SynonymsFile = "synonyms.yaml";
    public const string TopicsFolder = "topics";
    public const string DialogsFolder = "dialogs";

    /// <param name="model">The sentence model: the topics' questions are embedded for semantic matching (null: words alone).</param>
    public static ContentLoadResult Load(string folder, IEmbeddingModel? model = null)
    {
        var issues = new ContentIssues();
        if (!Directory.Exists(folder))
        {
            issues.Error(new(folder, 1), "content folder not found");
            return new(null, issues.All);
        }

        var files = ContentFiles(folder);
        var topics = new List<Topic>();
        var dialogs = new List<DialogScript>();
        BotText? text = null;
        var synonyms = Matching.Synonyms.None;
        foreach (var path in files)
        {
            var display = Path.GetRelativePath(folder, path).Replace('\\', '/');
            if (ContentFileGuard.Check(path) is { } refusal)
            {
                issues.Error(new(display, 1), refusal);
                continue;
            }
            string content;
            try
            {
                content = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                issues.Error(new(display, 1), "cannot read the file: " + e.Message);
                continue;
            }
            if (ContentFileGuard.CheckNesting(content) is { } tooDeep)
            {
                issues.Error(new(display, 1), tooDeep);
                continue;
            }
            if (display == BotFile) text = BotTextReader.Read(display, content, issues);
            else if (display == SynonymsFile) synonyms = SynonymsReader.Read(display, content, issues);
            else if (display.StartsWith(TopicsFolder + "/", StringComparison.Ordinal)) AddIfNotNull(topics, TopicFileReader.Read(display, content, issues));
            else AddIfNotNull(dialogs, DialogFileReader.Read(display, content, issues));
        }
        if (!files.Any(f => Path.GetFileName(f) == BotFile)) issues.Error(new(BotFile, 1), "bot.yaml is missing");

        ContentValidator.Validate(topics, dialogs, text, issues);
        if (issues.HasErrors || text is null) return new(null, issues.All);
        return new(new ContentSet(topics, dialogs, text, synonyms, VersionOf(folder, files), model), issues.All);
    }

    /// <summary>Loads or throws <see cref="ContentValidationException"/> listing every error.</summary>
    public static ContentSet LoadOrThrow(string folder, IEmbeddingModel? model = null)
    {
        var result = Load(folder, model);
        return result.Content ?? throw new ContentValidationException(result.Issues);
    }

    /// <summary>The files that make up a content set, in a stable order.</summary>
    public static IReadOnlyList<string> ContentFiles(string folder)
    {
        var files = new List<string>();
        files.AddRange(new[] { BotFile, SynonymsFile }.Select(f => Path.Combine(folder, f)).Where(File.Exists));
        files.AddRange(FilesIn(Path.Combine(folder, TopicsFolder), "*.md"));
        files.AddRange(FilesIn(Path.Combine(folder, DialogsFolder), "*.yaml"));
        return files;
    }

    private static IEnumerable<string> FilesIn(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];

    private static string VersionOf(string folder, IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, file)));
            if (ContentFileGuard.Check(file) is null) hash.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    private static void AddIfNotNull<T>(List<T> list, T? item) where T : class
    {
        if (item is not null) list.Add(item);
    }
}
