using AwarenessBot.Dialogs;
using AwarenessBot.Dialogs.Awareness;
using AwarenessBot.Routing;
using AwarenessBot.Safety;
using Microsoft.Bot.Builder;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Middleware;

/// <summary>
/// Runs first on every incoming message (DESIGN.md, safety rule 1). A crisis message gets the
/// fixed emergency response before anything else, and nothing else runs for it: no dialog, no
/// matching. The response is sent before state is touched, so a failing store cannot stop it.
/// </summary>
public sealed class CrisisGuardMiddleware(BotMemory memory, ILogger<CrisisGuardMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var assessment = CrisisDetector.Assess(UserInput.TextOf(turnContext.Activity));
        if (!assessment.IsCrisis)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        RouteInfo.Of(turnContext).Crisis = true;
        logger.LogWarning("Crisis message detected (rule {Rule}, kind {Kind}); emergency response sent", assessment.Rule, assessment.Kind);
        await turnContext.SendActivityAsync(EmergencyMessage.Create(assessment.Language), cancellationToken).ConfigureAwait(false);
        await CancelDialogsAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends whatever dialog was running. Best effort: the user already has the response.</summary>
    private async Task CancelDialogsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await memory.DialogState.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await memory.ConversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Could not clear the dialog state after a crisis message: {ExceptionType}", e.GetType().Name);
        }
    }
}
