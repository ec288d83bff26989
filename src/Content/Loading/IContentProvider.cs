using AwarenessBot.Content.Model;

namespace AwarenessBot.Content.Loading;

/// <summary>The content the bot answers from right now. A turn reads it once and keeps that set for the whole turn.</summary>
public interface IContentProvider
{
    ContentSet Current { get; }
}
