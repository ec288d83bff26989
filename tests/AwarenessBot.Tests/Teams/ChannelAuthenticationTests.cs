using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using AwarenessBot.Tests.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Teams;

/// <summary>
/// Bot Framework authentication end to end, with no Microsoft service: a local HTTPS server plays
/// the channel's OpenID metadata and signing keys, the token endpoint the bot logs in to, and the
/// connector it sends replies to. The bot runs as its own process with real app credentials.
/// </summary>
public sealed class ChannelAuthenticationTests : IAsyncLifetime
{
    private const string AppId = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private const string Issuer = "https://api.botframework.test";
    private const string OutboundToken = "token-from-the-local-login-endpoint";
    private const string ChannelId = "msteams";

    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-auth-" + Guid.NewGuid().ToString("N"));
    private readonly List<(string Path, string Authorization, string Body)> _sentToConnector = [];
    private readonly List<string> _tokenRequests = [];
    private WebApplication _services = null!;
    private BotProcess _bot = null!;
    private HttpClient _client = null!;
    private string _serviceUrl = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var certificate = SelfSignedCertificate();
        var certificateFile = Path.Combine(_folder, "local-ca.pem");
        await File.WriteAllTextAsync(certificateFile, certificate.ExportCertificatePem());

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        _services = builder.Build();
        _services.MapGet("/openid", (HttpContext http) => Results.Json(new { issuer = Issuer, jwks_uri = $"https://{http.Request.Host}/keys", id_token_signing_alg_values_supported = new[] { "RS256" } }));
        _services.MapGet("/keys", () =>
        {
            var parameters = _signingKey.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", kid = "test-key", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent), endorsements = new[] { ChannelId } } } });
        });
        _services.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            lock (_tokenRequests) _tokenRequests.Add($"{form["client_id"]}|{form["client_secret"]}|{form["grant_type"]}");
            return Results.Json(new { token_type = "Bearer", expires_in = 3600, ext_expires_in = 3600, access_token = OutboundToken });
        });
        _services.MapPost("/v3/conversations/{**rest}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (_sentToConnector) _sentToConnector.Add((http.Request.Path, http.Request.Headers.Authorization.ToString(), body));
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await _services.StartAsync();
        var local = new Uri(_services.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        _serviceUrl = $"https://127.0.0.1:{local.Port}/";

        _bot = await BotProcess.StartAsync(_ => new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "local-test-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = $"https://127.0.0.1:{local.Port}/openid",
            ["ToBotFromChannelTokenIssuer"] = Issuer,
            ["ToChannelFromBotLoginUrl"] = $"https://127.0.0.1:{local.Port}/botframework.test",
            ["ToChannelFromBotOAuthScope"] = "https://api.botframework.test",
            ["ValidateAuthority"] = "false",
            ["OAuthUrl"] = $"https://127.0.0.1:{local.Port}/oauth",
            // The bot trusts the local server's certificate, and only it.
            ["SSL_CERT_FILE"] = certificateFile,
        });
        _client = new HttpClient { BaseAddress = _bot.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        _bot.Dispose();
        await _services.DisposeAsync();
        Directory.Delete(_folder, true);
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private string Token(RSA? key = null, string audience = AppId, string issuer = Issuer, string? serviceUrl = null, DateTime? expires = null, SigningCredentials? credentials = null)
    {
        credentials ??= new SigningCredentials(new RsaSecurityKey(key ?? _signingKey) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256);
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        var token = new JwtSecurityToken(issuer, audience, [new Claim("serviceurl", serviceUrl ?? _serviceUrl)], expiry.AddHours(-1), expiry, credentials);
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    private async Task<HttpStatusCode> PostAsync(string? token, string text)
    {
        var activity = new JObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = ChannelId, ["serviceUrl"] = _serviceUrl,
            ["conversation"] = new JObject { ["id"] = "a:personal-chat", ["conversationType"] = "personal" },
            ["from"] = new JObject { ["id"] = "29:staff-member" }, ["recipient"] = new JObject { ["id"] = "28:" + AppId }, ["text"] = text,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json") };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await _client.SendAsync(request);
        return response.StatusCode;
    }

    private int Sent { get { lock (_sentToConnector) return _sentToConnector.Count; } }

    [Fact]
    public async Task A_valid_channel_token_is_accepted_and_the_reply_is_sent_with_a_token_from_the_bots_credentials()
    {
        var status = await PostAsync(Token(), "what does CSEC stand for");
        Assert.True(status == HttpStatusCode.OK, _bot.Log);
        lock (_sentToConnector)
        {
            Assert.Contains(_sentToConnector, s => s.Body.Contains("Commercial Sexual Exploitation of Children"));
            Assert.All(_sentToConnector, s => Assert.Equal("Bearer " + OutboundToken, s.Authorization));
        }
        lock (_tokenRequests) Assert.Contains($"{AppId}|local-test-secret|client_credentials", _tokenRequests);
    }

    public static TheoryData<string, Func<ChannelAuthenticationTests, string?>> RejectedTokens => new()
    {
        { "no Authorization header", _ => null },
        { "signed with another key", t => t.Token(key: t._otherKey) },
        { "for another bot", t => t.Token(audience: "11111111-2222-3333-4444-555555555555") },
        { "from another issuer", t => t.Token(issuer: "https://evil.example.org") },
        { "expired", t => t.Token(expires: DateTime.UtcNow.AddMinutes(-10)) },
        { "for another service URL", t => t.Token(serviceUrl: "https://smba.example.org/other/") },
        { "not a JWT", _ => "not-a-token" },
        { "unsigned (alg none)", t => t.Token().Split('.')[1] is var payload ? $"{Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{payload}." : null },
        { "signed with a shared secret (HMAC)", t => t.Token(credentials: new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64))), SecurityAlgorithms.HmacSha256)) },
    };

    [Theory]
    [MemberData(nameof(RejectedTokens))]
    public async Task Requests_without_a_valid_token_get_401_and_nothing_is_sent(string why, Func<ChannelAuthenticationTests, string?> token)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(token(this), "what does CSEC stand for"));
        Assert.True(Sent == 0, $"a reply was sent for a token that is {why}");
    }
}
