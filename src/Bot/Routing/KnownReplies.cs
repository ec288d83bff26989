using AwarenessBot.Content.Loading;
using AwarenessBot.Safety.Guard;

namespace AwarenessBot.Routing;

/// <summary>For the safety guard: a button title of the content (any language) or a global command.</summary>
public sealed class KnownReplies(IContentProvider content) : IKnownReplies
{
    public bool IsKnownReply(string text) =>
        GlobalCommands.Recognize(text) != GlobalCommand.None || content.Library.Languages.Any(l => content.For(l).IsActionTitle(text));
}
