using System.Security.Claims;
using AwarenessBot.Safety;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Hosting;

/// <summary>
/// The CloudAdapter with the bot's middleware and an error handler: a turn that fails is
/// logged (without message text), answered with an apology and the hotline, and its dialog
/// state is cleared so the user is not stuck in a failing loop. It never becomes a 500.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    public const string Apology =
        "Sorry, something went wrong on my side. Let's start again: type **menu** to see the topics.\n\n" +
        "If you need help now, call the National Human Trafficking Hotline at 1-888-373-7888 or text HELP to 233733. If you are in danger, call 911.";

    private readonly BotFrameworkAuthentication _auth;

    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ILogger<AdapterWithErrorHandler> logger, ConversationState conversationState, BotPipeline pipeline)
        : base(auth, logger)
    {
        _auth = auth;
        pipeline.ApplyTo(this);
        OnTurnError = (turnContext, exception) => TurnErrorHandler.HandleAsync(turnContext, exception, conversationState, logger);
    }

    /// <summary>
    /// Runs a turn for an activity this process received as its own channel (the embedded Direct
    /// Line), so there is no channel token to check: the caller vouches for <paramref name="identity"/>.
    /// Same pipeline as /api/messages: middleware, error handler, bot.
    /// </summary>
    public Task<InvokeResponse> ProcessOwnChannelActivityAsync(ClaimsIdentity identity, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var authenticated = new AuthenticateRequestResult
        {
            ClaimsIdentity = identity,
            Audience = _auth.GetOriginatingAudience(),
            ConnectorFactory = _auth.CreateConnectorFactory(identity),
        };
        return ProcessActivityAsync(authenticated, activity, callback, cancellationToken);
    }
}

/// <summary>The error handling shared by every adapter (HTTP and console).</summary>
public static class TurnErrorHandler
{
    public static async Task HandleAsync(ITurnContext turnContext, Exception exception, ConversationState conversationState, ILogger logger)
    {
        logger.LogError("Turn failed on {Channel}: {ExceptionType} {StackTrace}", turnContext.Activity?.ChannelId, exception.GetType().FullName, exception.StackTrace);
        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(AdapterWithErrorHandler.Apology)).ConfigureAwait(false);
        }
        catch (Exception sendError)
        {
            logger.LogError("Could not send the apology: {ExceptionType}", sendError.GetType().FullName);
        }
        try
        {
            await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
        }
        catch (Exception stateError)
        {
            logger.LogError("Could not clear the conversation state: {ExceptionType}", stateError.GetType().FullName);
        }
    }
}
