using Microsoft.IdentityModel.JsonWebTokens;

namespace AwarenessBot.Hosting;

/// <summary>
/// The checks on a channel's token that need no network: its shape, algorithm, lifetime and audience.
/// A token that fails one of them can never be valid, so it is refused at once, before the SDK fetches
/// the channel's signing keys (a forged token must not make the bot call out, or wait on a call).
/// The signature, issuer and endorsements are still checked by the SDK afterwards.
/// </summary>
public static class ChannelTokenCheck
{
    // The algorithms the Bot Framework signs with (and the SDK accepts); never "none" or a shared-secret HMAC.
    private static readonly string[] SigningAlgorithms = ["RS256", "RS384", "RS512"];
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5); // the SDK's own allowance

    /// <summary>Why the Authorization header cannot hold a valid token for <paramref name="appId"/>, or null if it might.</summary>
    public static string? Problem(string? authorization, string? appId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(appId))
            return string.IsNullOrWhiteSpace(authorization) ? null : "This bot has no app id, so it accepts no channel tokens.";
        if (string.IsNullOrWhiteSpace(authorization)) return "The request has no Authorization header.";
        const string scheme = "Bearer ";
        if (!authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return "The Authorization header is not a Bearer token.";
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(authorization[scheme.Length..].Trim());
        }
        catch (ArgumentException)
        {
            return "The token is not a JWT.";
        }
        if (!SigningAlgorithms.Contains(token.Alg, StringComparer.Ordinal)) return "The token is not signed with an RSA algorithm.";
        if (!token.TryGetPayloadValue<long>("exp", out _)) return "The token has no expiry.";
        if (token.ValidTo.Add(ClockSkew) < now.UtcDateTime) return "The token has expired.";
        if (token.ValidFrom > now.UtcDateTime.Add(ClockSkew)) return "The token is not valid yet.";
        if (!token.Audiences.Any(a => a == appId || a == "api://" + appId)) return "The token is for another bot.";
        return null;
    }
}
