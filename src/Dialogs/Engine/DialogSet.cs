using Microsoft.Bot.Builder;

namespace AwarenessBot.Dialogs;

/// <summary>The dialogs a bot can run, and the accessor for the stack they share. Mirrors the SDK's DialogSet.</summary>
public sealed class DialogSet(IStatePropertyAccessor<DialogState> dialogState)
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        if (!_dialogs.TryAdd(dialog.Id, dialog))
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var state = await dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        // A store without .NET type names hands back JSON, which BotState converts into a new object on
        // every read; putting that object back makes it the one that is saved, with the turn's changes.
        await dialogState.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
