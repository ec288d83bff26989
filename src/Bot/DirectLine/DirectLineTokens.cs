using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AwarenessBot.DirectLine;

/// <summary>A validated, unexpired token: which conversation and user it is for.</summary>
public sealed record DirectLineGrant(string ConversationId, string UserId);

/// <summary>
/// Tokens of the embedded Direct Line endpoint: a small JSON payload (conversation, user,
/// expiry) signed with HMAC-SHA256, so they cannot be forged or moved to another conversation.
/// </summary>
public sealed class DirectLineTokens
{
    private readonly byte[] _key;
    private readonly TimeSpan _lifetime;
    private readonly TimeProvider _clock;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        var configured = options.Value.TokenSigningKey;
        _key = string.IsNullOrWhiteSpace(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
        _lifetime = TimeSpan.FromSeconds(options.Value.TokenSeconds);
        _clock = clock;
    }

    public TimeSpan Lifetime => _lifetime;

    public string Issue(string conversationId, string userId)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(conversationId, userId, _clock.GetUtcNow().Add(_lifetime).ToUnixTimeSeconds()));
        return Base64Url(payload) + "." + Base64Url(Sign(payload));
    }

    /// <summary>The grant a token carries, or null when it is malformed, forged or expired.</summary>
    public DirectLineGrant? Validate(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        var parts = token.Split('.');
        if (parts.Length != 2) return null;
        try
        {
            var payload = FromBase64Url(parts[0]);
            if (!CryptographicOperations.FixedTimeEquals(Sign(payload), FromBase64Url(parts[1]))) return null;
            var data = JsonSerializer.Deserialize<Payload>(payload);
            if (data is null || string.IsNullOrEmpty(data.c) || string.IsNullOrEmpty(data.u)) return null;
            var expires = DateTimeOffset.FromUnixTimeSeconds(data.e);
            return expires <= _clock.GetUtcNow() ? null : new DirectLineGrant(data.c, data.u);
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The token from an "Authorization: Bearer ..." header.</summary>
    public DirectLineGrant? FromHeader(string? authorization) =>
        authorization is not null && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? Validate(authorization["Bearer ".Length..].Trim())
            : null;

    private byte[] Sign(byte[] payload) => HMACSHA256.HashData(_key, payload);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - padded.Length % 4) % 4));
    }

    // Short names keep tokens short: conversation, user, expiry (unix seconds).
    private sealed record Payload(string c, string u, long e);
}
