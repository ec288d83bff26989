using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Web;
using AwarenessBot.AdminPage;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AwarenessBot.Tests.Http;

/// <summary>
/// Signing in to the admins' page with Microsoft Entra ID, through the real OpenID Connect handler: the redirect to
/// the tenant's authorize endpoint, then an ID token posted back. The identity provider is played by the test (its
/// metadata and signing key given to the handler), so nothing leaves the machine.
/// </summary>
public sealed class EntraSignInTests : IDisposable
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private const string ClientId = "66666666-7777-8888-9999-000000000000";
    private const string AdminsGroup = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
    private static readonly string Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0";

    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly WebApplicationFactory<Program> _factory;

    public EntraSignInTests()
    {
        var key = new RsaSecurityKey(_signingKey) { KeyId = "test-key" };
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Storage:Kind", "Memory");
            builder.UseSetting("Admin:EntraGroupId", AdminsGroup);
            builder.UseSetting("Admin:Entra:TenantId", Tenant);
            builder.UseSetting("Admin:Entra:ClientId", ClientId);
            builder.ConfigureTestServices(services => services.PostConfigure<OpenIdConnectOptions>(AdminPageEndpoints.EntraScheme, options =>
            {
                var configuration = new OpenIdConnectConfiguration { Issuer = Issuer, AuthorizationEndpoint = $"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/authorize" };
                configuration.SigningKeys.Add(key);
                options.Configuration = configuration;
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            }));
        });
    }

    public void Dispose()
    {
        _factory.Dispose();
        _signingKey.Dispose();
    }

    private HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

    private string IdToken(string nonce, params string[] groups) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = Issuer,
        Audience = ClientId,
        Subject = new ClaimsIdentity([new Claim("sub", "admin-subject"), new Claim("name", "Pat Admin"), new Claim("nonce", nonce), .. groups.Select(g => new Claim("groups", g))]),
        SigningCredentials = new SigningCredentials(new RsaSecurityKey(_signingKey) { KeyId = "test-key" }, SecurityAlgorithms.RsaSha256),
    });

    /// <summary>Starts the sign-in as the page's link does, then posts back what the identity provider would.</summary>
    private async Task<HttpResponseMessage> SignInAsync(HttpClient client, params string[] groups)
    {
        using var challenge = await client.GetAsync("/admin/signin-entra");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith($"https://login.microsoftonline.com/{Tenant}/oauth2/v2.0/authorize", authorize.ToString());
        var query = HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal(ClientId, query["client_id"]);
        Assert.Equal("id_token", query["response_type"]);
        Assert.Equal("https://localhost/admin/signin-oidc", query["redirect_uri"]);

        var cookies = challenge.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        using var callback = new HttpRequestMessage(HttpMethod.Post, "/admin/signin-oidc")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = IdToken(query["nonce"]!, groups), ["state"] = query["state"]! }),
        };
        callback.Headers.Add("Cookie", string.Join("; ", cookies));
        return await client.SendAsync(callback);
    }

    private static async Task<HttpStatusCode> SessionAsync(HttpClient client, HttpResponseMessage signIn)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin/session");
        if (signIn.Headers.TryGetValues("Set-Cookie", out var set)) request.Headers.Add("Cookie", string.Join("; ", set.Select(c => c.Split(';')[0])));
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_member_of_the_admins_group_is_signed_in_with_an_httponly_cookie_for_admin_only()
    {
        var client = Client();
        using var signIn = await SignInAsync(client, "some-other-group", AdminsGroup);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/admin", signIn.Headers.Location!.ToString());
        var adminCookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("awarenessbot-admin=", StringComparison.Ordinal));
        Assert.Contains("httponly", adminCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", adminCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/admin", adminCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NoContent, await SessionAsync(client, signIn));
    }

    [Fact]
    public async Task Anyone_else_is_sent_back_to_the_page_without_a_session()
    {
        var client = Client();
        using var signIn = await SignInAsync(client, "some-other-group");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(EntraSignIn.RefusedPath, signIn.Headers.Location!.ToString());
        Assert.DoesNotContain(signIn.Headers.TryGetValues("Set-Cookie", out var set) ? set : [], c => c.StartsWith("awarenessbot-admin=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Unauthorized, await SessionAsync(client, signIn));
    }

    [Fact]
    public async Task The_page_offers_the_microsoft_sign_in_and_no_key_form_when_there_is_no_key()
    {
        var client = Client();
        using var session = await client.GetAsync("/admin/session");
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
        Assert.Equal("""{"key":false,"microsoft":true}""", await session.Content.ReadAsStringAsync());
        using var keySignIn = await client.PostAsync("/admin/session", new StringContent("""{"key":"anything"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, keySignIn.StatusCode);
    }
}
