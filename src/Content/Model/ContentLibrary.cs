using AwarenessBot.Text;

namespace AwarenessBot.Content.Model;

/// <summary>
/// The content in every language the bot speaks: one <see cref="ContentSet"/> per language, the same
/// ids, links and follow-ups in each (the loader checks). Immutable, published as a whole.
/// </summary>
public sealed class ContentLibrary
{
    private readonly IReadOnlyDictionary<Language, ContentSet> _sets;

    public ContentLibrary(IReadOnlyDictionary<Language, ContentSet> sets)
    {
        if (!sets.ContainsKey(Language.English)) throw new ArgumentException("The content needs English.", nameof(sets));
        _sets = sets;
        Version = sets.Count == 1 ? English.Version : string.Join("-", sets.OrderBy(s => s.Key).Select(s => s.Value.Version));
    }

    public ContentSet English => _sets[Language.English];

    public IReadOnlyCollection<Language> Languages => _sets.Keys.ToList();

    /// <summary>A short identity of every content file of every language, shown by /healthz.</summary>
    public string Version { get; }

    /// <summary>The content in <paramref name="language"/>, or English when there is none in it.</summary>
    public ContentSet For(Language language) => _sets.GetValueOrDefault(language) ?? English;

    public bool Has(Language language) => _sets.ContainsKey(language);
}
