using System.Security.Claims;
using System.Threading.RateLimiting;
using AwarenessBot.Analytics;
using AwarenessBot.ContentHosting;
using AwarenessBot.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace AwarenessBot.AdminPage;

/// <summary>
/// The content admins' page at /admin: off unless <c>Admin:Key</c> or <c>Admin:EntraGroupId</c> is set. Signing in
/// with the key (compared in constant time, a few tries a minute per address, never logged) or with a Microsoft
/// account in the admins' group (<see cref="EntraSignIn"/>) gives an HttpOnly, SameSite=Strict cookie for /admin only; the page then reads the counts (/admin/insights) and the content's status (/admin/content).
/// Those two also answer whoever may see /healthz in full (this machine, or the key in the X-Admin-Key header),
/// for scripts. The students' page and the bot's endpoints never link to or serve any of it.
/// </summary>
public static class AdminPageEndpoints
{
    public const string CookieScheme = "Admin";
    public const string EntraScheme = "AdminEntra";
    public const string SignInPolicy = "admin-sign-in";
    private const int SignInsPerMinute = 5;

    public static IServiceCollection AddAdminPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AdminOptions>(configuration.GetSection(AdminOptions.Section));
        var admin = configuration.GetSection(AdminOptions.Section).Get<AdminOptions>() ?? new AdminOptions();
        var authentication = services.AddAuthentication().AddCookie(CookieScheme, cookie =>
        {
            cookie.Cookie.Name = "awarenessbot-admin";
            cookie.Cookie.Path = "/admin";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = false;
            // These are API calls: say 401, never redirect to a login page.
            cookie.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
        });
        if (admin.UsesEntra) authentication.AddOpenIdConnect(EntraScheme, entra => EntraSignIn.Configure(entra, admin));
        services.AddRateLimiter(limiter => limiter.AddPolicy(SignInPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    public static void MapAdminPage(this WebApplication app)
    {
        app.MapGet("/admin/insights", async (HttpContext http, InsightsRecorder insights, IConfiguration configuration, int? days, CancellationToken cancellationToken) =>
        {
            if (!await MayReadAsync(http, configuration)) return Forbidden();
            if (days is < 1 or > 400) return Results.BadRequest(new { error = "days must be between 1 and 400." });
            await insights.FlushAsync(cancellationToken);
            var report = await insights.ReportAsync(days ?? 30, cancellationToken);
            return Results.Content(report.ToJson().ToString(Newtonsoft.Json.Formatting.None), "application/json");
        });

        app.MapGet("/admin/content", async (HttpContext http, ContentStore content, IConfiguration configuration) =>
        {
            if (!await MayReadAsync(http, configuration)) return Forbidden();
            var status = content.Status;
            return Results.Ok(new { version = content.Library.Version, loadedAt = status.LoadedAt, lastReloadFailed = status.LastReloadFailed, lastReloadErrors = status.LastReloadErrors, fallback = status.Fallback });
        });

        var admin = app.Services.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (!admin.PageIsOn) return;

        var folder = Path.Combine(AppContext.BaseDirectory, "admin");
        var page = File.ReadAllText(Path.Combine(folder, "index.html"));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(folder), RequestPath = "/admin/files" });
        app.MapGet("/admin", (HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return Results.Content(page, "text/html; charset=utf-8");
        });

        // Signed in? If not, which ways to sign in this bot offers (the page shows those).
        app.MapGet("/admin/session", async (HttpContext http) =>
            (await http.AuthenticateAsync(CookieScheme)).Succeeded
                ? Results.NoContent()
                : Results.Json(new { key = admin.UsesKey, microsoft = admin.UsesEntra }, statusCode: StatusCodes.Status401Unauthorized));

        if (admin.UsesEntra)
            app.MapGet("/admin/signin-entra", () => Results.Challenge(new AuthenticationProperties { RedirectUri = "/admin" }, [EntraScheme]));

        app.MapPost("/admin/session", async (HttpContext http, IConfiguration configuration) =>
        {
            if (!admin.UsesKey) return Results.NotFound(new { error = "This bot has no admin key; sign in with your Microsoft account." });
            SignIn? body;
            try
            {
                body = await http.Request.ReadFromJsonAsync<SignIn>(http.RequestAborted);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
            {
                return Results.BadRequest(new { error = "Send the key as JSON: {\"key\": \"...\"}." });
            }
            if (!HealthDetails.KeyMatches(configuration, body?.Key)) return Results.Json(new { error = "That key is not right." }, statusCode: StatusCodes.Status401Unauthorized);
            await http.SignInAsync(CookieScheme, new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "content-admin")], CookieScheme)));
            return Results.NoContent();
        }).RequireRateLimiting(SignInPolicy);

        app.MapDelete("/admin/session", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieScheme);
            return Results.NoContent();
        });
    }

    public sealed record SignIn(string? Key);

    private static async Task<bool> MayReadAsync(HttpContext http, IConfiguration configuration) =>
        HealthDetails.MaySee(http, configuration) || (await http.AuthenticateAsync(CookieScheme)).Succeeded;

    private static IResult Forbidden() =>
        Results.Json(new { error = $"Sign in at /admin, or send the admin key (the Admin:Key setting) in the {HealthDetails.KeyHeader} header." }, statusCode: StatusCodes.Status403Forbidden);
}
