using System.IdentityModel.Tokens.Jwt;
using System.Security.Cryptography;
using System.Text;
using AwarenessBot.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace AwarenessBot.Tests.Teams;

/// <summary>The token checks that need no network: each kind of token that can never be valid is named.</summary>
public sealed class ChannelTokenCheckTests
{
    private const string AppId = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private static string Signed(SigningCredentials credentials, string audience = AppId, DateTime? expires = null, DateTime? notBefore = null)
    {
        var expiry = expires ?? Now.UtcDateTime.AddMinutes(30);
        var token = new JwtSecurityToken("https://api.botframework.com", audience, [], notBefore ?? expiry.AddHours(-1), expiry, credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    private static readonly SigningCredentials Rsa = new(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "k" }, SecurityAlgorithms.RsaSha256);
    private static readonly SigningCredentials Hmac = new(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('s', 64))), SecurityAlgorithms.HmacSha256);

    private static string Unsigned()
    {
        static string Part(string json) => Base64UrlEncoder.Encode(json);
        var exp = Now.AddMinutes(30).ToUnixTimeSeconds();
        return $"{Part("""{"alg":"none","typ":"JWT"}""")}.{Part($$"""{"aud":"{{AppId}}","exp":{{exp}}}""")}.";
    }

    public static TheoryData<string, string?, string> Refused => new()
    {
        { "alg none", "Bearer " + Unsigned(), "RSA" },
        { "HMAC with a shared secret", "Bearer " + Signed(Hmac), "RSA" },
        { "expired", "Bearer " + Signed(Rsa, expires: Now.UtcDateTime.AddMinutes(-10)), "expired" },
        { "not valid yet", "Bearer " + Signed(Rsa, notBefore: Now.UtcDateTime.AddMinutes(20)), "not valid yet" },
        { "for another bot", "Bearer " + Signed(Rsa, audience: "11111111-2222-3333-4444-555555555555"), "another bot" },
        { "not a JWT", "Bearer not-a-token", "not a JWT" },
        { "another scheme", "Basic dXNlcjpwYXNz", "not a Bearer" },
        { "no header", null, "no Authorization" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Tokens_that_can_never_be_valid_are_refused_with_the_reason(string kind, string? authorization, string reason)
    {
        var problem = ChannelTokenCheck.Problem(authorization, AppId, Now);
        Assert.True(problem?.Contains(reason) == true, $"{kind}: {problem ?? "accepted"}");
    }

    [Fact]
    public void A_well_formed_token_for_this_bot_goes_on_to_the_signature_check()
    {
        Assert.Null(ChannelTokenCheck.Problem("Bearer " + Signed(Rsa), AppId, Now));
    }

    [Fact]
    public void Without_an_app_id_requests_need_no_token_and_any_token_is_refused()
    {
        Assert.Null(ChannelTokenCheck.Problem(null, "", Now));
        Assert.Contains("no app id", ChannelTokenCheck.Problem("Bearer " + Signed(Rsa), "", Now));
    }
}
