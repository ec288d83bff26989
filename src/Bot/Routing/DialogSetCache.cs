using AwarenessBot.Content.Model;
using AwarenessBot.Dialogs;
using AwarenessBot.Dialogs.Awareness;

namespace AwarenessBot.Routing;

/// <summary>Builds the dialog set once per content set, not once per turn.</summary>
public sealed class DialogSetCache(BotMemory memory)
{
    private (ContentSet Content, DialogSet Dialogs)? _current;
    private readonly Lock _lock = new();

    public DialogSet For(ContentSet content)
    {
        lock (_lock)
        {
            if (_current is { } cached && ReferenceEquals(cached.Content, content)) return cached.Dialogs;
            var dialogs = AwarenessDialogs.Create(content, memory);
            _current = (content, dialogs);
            return dialogs;
        }
    }
}
