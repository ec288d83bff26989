using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Hosting;

/// <summary>
/// The CloudAdapter with the bot's middleware and error handler: a turn that fails is logged
/// (without message text) and answered with an apology and the hotline; it never becomes a 500.
/// </summary>
public sealed class AdapterWithErrorHandler : CloudAdapter
{
    private readonly BotFrameworkAuthentication _auth;

    public AdapterWithErrorHandler(BotFrameworkAuthentication auth, ILogger<AdapterWithErrorHandler> logger, BotPipeline pipeline, TurnErrorHandler errors)
        : base(auth, logger)
    {
        _auth = auth;
        pipeline.ApplyTo(this);
        OnTurnError = errors.HandleAsync;
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
