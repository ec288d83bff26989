using AwarenessBot.Safety;
using AwarenessBot.Routing;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace AwarenessBot.Middleware;

/// <summary>
/// Saves the conversation's and the user's state once, when the turn is done (the SDK's
/// AutoSaveStateMiddleware, with our error rules): the one place a turn saves state (the error handler only
/// clears a failed turn's conversation). What the turn read
/// is written even unchanged: every write renews the store's time to live, so state expires a day after
/// the user's last turn, not a day after it last changed. A store that fails after a crisis message is
/// logged, not reported: the user already has the emergency response, and an apology would only confuse.
/// </summary>
public sealed class SaveStateMiddleware(ConversationState conversationState, UserState userState, ILogger<SaveStateMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        await next(cancellationToken).ConfigureAwait(false);
        try
        {
            await conversationState.SaveChangesAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
            await userState.SaveChangesAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && TurnRoute.Of(turnContext).Safety?.Tier == SafetyTier.Crisis)
        {
            logger.LogError("Could not save the state after a crisis message: {ExceptionType}", e.GetType().Name);
        }
    }
}
