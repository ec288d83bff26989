using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Http;

/// <summary>
/// Production mode: with a Direct Line secret configured, the page gets tokens from the bot,
/// which exchanges the secret with "Azure" (here a local stand-in on loopback) server-side.
/// </summary>
public sealed class AzureDirectLineTests : IAsyncLifetime
{
    private const string Secret = "super-secret-direct-line-key-DO-NOT-LEAK";
    private WebApplication _azure = null!;
    private BotProcess _bot = null!;
    private HttpClient _client = null!;
    private readonly List<string> _authorizations = [];
    private Uri _azureBase = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _azure = builder.Build();
        _azure.MapPost("/v3/directline/tokens/generate", (HttpContext http) =>
        {
            lock (_authorizations) _authorizations.Add(http.Request.Headers.Authorization.ToString());
            return Results.Ok(new { conversationId = "azure-conversation-1", token = "azure-token-xyz", expires_in = 1800 });
        });
        await _azure.StartAsync();
        _azureBase = new Uri(_azure.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        _bot = await BotProcess.StartAsync(_ => new Dictionary<string, string>
        {
            ["DirectLine__Secret"] = Secret,
            ["DirectLine__Domain"] = new Uri(_azureBase, "/v3/directline").ToString(),
        });
        _client = new HttpClient { BaseAddress = _bot.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        _bot.Dispose();
        await _azure.DisposeAsync();
    }

    [Fact]
    public async Task The_page_gets_a_token_exchanged_server_side_and_the_secret_never_reaches_the_browser()
    {
        using var token = await _client.PostAsync("/api/directline/token", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var grant = JObject.Parse(await token.Content.ReadAsStringAsync());
        Assert.Equal("azure-token-xyz", grant.Value<string>("token"));
        Assert.Equal("azure-conversation-1", grant.Value<string>("conversationId"));
        lock (_authorizations) Assert.Equal(["Bearer " + Secret], _authorizations);

        var config = JObject.Parse(await _client.GetStringAsync("/api/webchat/config"));
        Assert.Equal("azure", config.Value<string>("mode"));
        Assert.StartsWith(_azureBase.GetLeftPart(UriPartial.Authority), config.Value<string>("domain"));

        using var page = await _client.GetAsync("/");
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains(_azureBase.Authority, csp);

        foreach (var (path, body) in new[]
        {
            ("/", await page.Content.ReadAsStringAsync()),
            ("/api/webchat/config", config.ToString()),
            ("/api/directline/token", grant.ToString()),
            ("/webchat/app.js", await _client.GetStringAsync("/webchat/app.js")),
            ("/healthz", await _client.GetStringAsync("/healthz")),
            ("CSP header", csp),
        })
            Assert.False(body.Contains(Secret, StringComparison.Ordinal), $"the secret leaked in {path}");
    }

    [Fact]
    public async Task The_built_in_endpoint_is_off_when_azure_is_used()
    {
        using var response = await _client.PostAsync("/v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
