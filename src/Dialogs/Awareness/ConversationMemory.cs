using AwarenessBot.Content.Model;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Dialogs.Awareness;

/// <summary>What the bot remembers about a conversation, in ConversationState (which expires; nothing else is kept).</summary>
public sealed class ConversationMemory(ConversationState conversationState)
{
    public ConversationState ConversationState { get; } = conversationState;
    public IStatePropertyAccessor<DialogState> DialogState { get; } = conversationState.CreateProperty<DialogState>("dialogState");
    private readonly IStatePropertyAccessor<Audience> _audience = conversationState.CreateProperty<Audience>("audience");

    /// <summary>Staff or student once the user has said; <see cref="Audience.All"/> until then.</summary>
    public Task<Audience> GetAudienceAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _audience.GetAsync(turnContext, () => Audience.All, cancellationToken);

    public Task SetAudienceAsync(ITurnContext turnContext, Audience audience, CancellationToken cancellationToken) =>
        _audience.SetAsync(turnContext, audience, cancellationToken);
}
