using AwarenessBot.Content.Model;
using AwarenessBot.Text;

namespace AwarenessBot.Content.Loading;

/// <summary>The content the bot answers from right now. A turn reads it once and keeps that set for the whole turn.</summary>
public interface IContentProvider
{
    /// <summary>The content in every language.</summary>
    ContentLibrary Library { get; }

    /// <summary>The English content (the default language).</summary>
    ContentSet Current => Library.English;

    /// <summary>The content in a language (English when that language has none).</summary>
    ContentSet For(Language language) => Library.For(language);
}
