using System.Diagnostics;
using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using AwarenessBot.Tests.Http;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Teams;

/// <summary>
/// The channel's sign-in metadata cannot be fetched (the address accepts connections and never answers,
/// the worst case): a token that could be valid gets a 503 within seconds, not a 500 after minutes, and a
/// token that can never be valid gets a 401 without the bot calling out at all.
/// </summary>
public sealed class UnreachableChannelKeysTests : IAsyncLifetime
{
    private const string AppId = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private readonly TcpListener _silent = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> _held = [];
    private int _connections;
    private BotProcess _bot = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _silent.Start();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                var client = await _silent.AcceptTcpClientAsync();
                Interlocked.Increment(ref _connections);
                lock (_held) _held.Add(client); // accepted, never answered
            }
        });
        var port = ((IPEndPoint)_silent.LocalEndpoint).Port;
        _bot = await BotProcess.StartAsync(_ => new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "local-test-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = $"https://127.0.0.1:{port}/openid",
            ["ToBotFromChannelTokenIssuer"] = "https://api.botframework.test",
            ["ToChannelFromBotLoginUrl"] = $"https://127.0.0.1:{port}/botframework.test",
            ["ValidateAuthority"] = "false",
        });
        _client = new HttpClient { BaseAddress = _bot.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
    }

    public Task DisposeAsync()
    {
        _client.Dispose();
        _bot.Dispose();
        _silent.Stop();
        lock (_held) _held.ForEach(c => c.Dispose());
        return Task.CompletedTask;
    }

    private static string Token(string audience = AppId, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        SecurityKey key = algorithm == SecurityAlgorithms.RsaSha256 ? new RsaSecurityKey(RSA.Create(2048)) { KeyId = "k" } : new SymmetricSecurityKey(Encoding.UTF8.GetBytes(new string('k', 64)));
        var token = new JwtSecurityToken("https://api.botframework.test", audience, [new Claim("serviceurl", "https://127.0.0.1:1/")], DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(30), new SigningCredentials(key, algorithm));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    private async Task<(HttpStatusCode Status, TimeSpan Took, string Body)> PostAsync(string token)
    {
        var activity = new JObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "msteams", ["serviceUrl"] = "https://127.0.0.1:1/",
            ["conversation"] = new JObject { ["id"] = "a:chat" }, ["from"] = new JObject { ["id"] = "29:someone" }, ["recipient"] = new JObject { ["id"] = "28:" + AppId },
            ["text"] = "i want to kill myself",
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(activity.ToString(), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var watch = Stopwatch.StartNew();
        using var response = await _client.SendAsync(request);
        return (response.StatusCode, watch.Elapsed, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Tokens_that_can_never_be_valid_get_401_without_any_call_out()
    {
        foreach (var token in new[] { Token(audience: "another-bot"), Token(algorithm: SecurityAlgorithms.HmacSha256), "garbage" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(token)).Status);
        Assert.Equal(0, Volatile.Read(ref _connections));
    }

    [Fact]
    public async Task A_plausible_token_gets_503_in_seconds_when_the_keys_cannot_be_fetched()
    {
        var (status, took, body) = await PostAsync(Token());
        Assert.True(status == HttpStatusCode.ServiceUnavailable, $"{status}: {body}\n{_bot.Log}");
        Assert.Contains("signing keys", body);
        // The promise is 10 s; the bound here is loose for a busy machine, and far below the SDK's own 100 s.
        Assert.True(took < TimeSpan.FromSeconds(30), $"took {took}");
        Assert.True(Volatile.Read(ref _connections) > 0, "the bot never tried to fetch the keys");
    }
}
