using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace AwarenessBot.Hosting;

/// <summary>The channel's signing keys could not be fetched in time: nobody can say whether the request is genuine.</summary>
public sealed class ChannelAuthenticationUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The SDK's channel authentication, made to answer quickly: tokens that cannot be valid are refused
/// without any network call (<see cref="ChannelTokenCheck"/>), and when the channel's OpenID metadata
/// cannot be fetched within <see cref="Budget"/>, the request fails with
/// <see cref="ChannelAuthenticationUnavailableException"/> (a 503) instead of waiting a minute and more
/// and ending as a 500.
/// </summary>
public sealed class FailFastChannelAuthentication(BotFrameworkAuthentication inner, IConfiguration configuration, TimeProvider clock) : DelegatingBotFrameworkAuthentication(inner)
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(8);
    private readonly string? _appId = configuration[MicrosoftAppCredentials.MicrosoftAppIdKey];

    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        CheckShape(authHeader);
        return await WithinBudgetAsync(token => Inner.AuthenticateRequestAsync(activity, authHeader, token), cancellationToken).ConfigureAwait(false);
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        CheckShape(authHeader);
        return await WithinBudgetAsync(token => Inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, token), cancellationToken).ConfigureAwait(false);
    }

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        WithinBudgetAsync(token => Inner.AuthenticateChannelRequestAsync(authHeader, token), cancellationToken);

    /// <summary>The SDK turns this exception into a 401.</summary>
    private void CheckShape(string authHeader)
    {
        if (ChannelTokenCheck.Problem(authHeader, _appId, clock.GetUtcNow()) is { } problem) throw new UnauthorizedAccessException(problem);
    }

    /// <summary>
    /// Waits for the SDK at most <see cref="Budget"/>. Its metadata fetch does not always honour the token,
    /// so the wait is given up rather than cancelled; the fetch finishes (or fails) on its own.
    /// A verdict on the token passes through; any other failure means the keys could not be had.
    /// </summary>
    private static async Task<T> WithinBudgetAsync<T>(Func<CancellationToken, Task<T>> authenticate, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        var attempt = authenticate(budget.Token);
        try
        {
            return await attempt.WaitAsync(budget.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not (UnauthorizedAccessException or SecurityTokenException or ArgumentException) && !cancellationToken.IsCancellationRequested)
        {
            throw new ChannelAuthenticationUnavailableException("The channel's signing keys could not be fetched to check its token.", e);
        }
    }
}
