using System.Security.Cryptography;
using AwarenessBot.DirectLine;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace AwarenessBot.WebPage;

/// <summary>
/// The students' page at "/": Web Chat on a page with a strict Content-Security-Policy (own
/// origin only, plus Azure Direct Line in production), no caching, and a per-request nonce for
/// the styles Web Chat injects. Its own files and the Web Chat bundle are served from /webchat
/// (never the raw page template); every response gets <see cref="SecurityHeaders"/>.
/// </summary>
public static class WebPageEndpoints
{
    public static IServiceCollection AddWebPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<WebChatOptions>(configuration.GetSection(WebChatOptions.Section));
        services.AddHttpClient<AzureDirectLineTokens>();
        return services;
    }

    public static void MapWebPage(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "webchat");
        var template = File.ReadAllText(Path.Combine(folder, "index.html"));

        var files = new PageFilesProvider(new PhysicalFileProvider(folder), "index.html");
        app.UsePrecompressedFiles("/webchat", files);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = "/webchat", ContentTypeProvider = new PrecompressedFiles.ContentTypes() });

        app.MapGet("/", (HttpContext http, IOptions<DirectLineOptions> directLine) =>
        {
            var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy(nonce, directLine.Value);
            headers.CacheControl = "no-store";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            // "/?lang=es" serves the page in Spanish, and Web Chat's own strings and the bot's replies follow (its locale).
            var page = PageText.For(http.Request.Query["lang"]).Fill(template);
            return Results.Content(page.Replace("{{nonce}}", nonce, StringComparison.Ordinal), "text/html; charset=utf-8");
        });

        // The privacy statement and terms the Teams app links to.
        foreach (var (path, file) in new[] { ("/privacy", "privacy.html"), ("/terms", "terms.html") })
        {
            var html = File.ReadAllText(Path.Combine(folder, file));
            app.MapGet(path, () => Results.Content(html, "text/html; charset=utf-8"));
        }

        // What the page needs to connect. Never the secret.
        app.MapGet("/api/webchat/config", (IOptions<DirectLineOptions> directLine, IOptions<WebChatOptions> page) => Results.Ok(directLine.Value.UsesAzure
            ? new { mode = "azure", domain = directLine.Value.Domain, tokenUrl = "/api/directline/token", exitUrl = page.Value.ExitUrl }
            : new { mode = "embedded", domain = DirectLineEndpoints.Prefix, tokenUrl = DirectLineEndpoints.Prefix + "/tokens/generate", exitUrl = page.Value.ExitUrl }));

        app.MapPost("/api/directline/token", async (IOptions<DirectLineOptions> directLine, AzureDirectLineTokens azure, CancellationToken cancellationToken) =>
        {
            if (!directLine.Value.UsesAzure) return Results.NotFound(new { error = "No Direct Line secret is configured; the page uses the built-in endpoint." });
            var token = await azure.GenerateAsync(cancellationToken);
            return token is null
                ? Results.Json(new { error = "Could not get a chat token; please try again." }, statusCode: StatusCodes.Status502BadGateway)
                : Results.Ok(new { token = token.Token, conversationId = token.ConversationId, expires_in = token.ExpiresIn, userId = token.UserId });
        }).AddEndpointFilter<PageRequestFilter>().RequireRateLimiting(DirectLineEndpoints.CreatePolicy);
    }

    private const string EmptyStyleHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    /// <summary>Only this origin (and Azure Direct Line when configured); styles only with the request's nonce.</summary>
    public static string ContentSecurityPolicy(string nonce, DirectLineOptions directLine)
    {
        var connect = "'self'";
        if (directLine.UsesAzure && Uri.TryCreate(directLine.Domain, UriKind.Absolute, out var domain))
            connect += $" {domain.Scheme}://{domain.Authority} wss://{domain.Authority}";
        return string.Join("; ",
            "default-src 'self'",
            "script-src 'self'",
            // The hash is of an empty string: a library inside Web Chat adds an empty <style> without the nonce.
            $"style-src 'self' 'nonce-{nonce}' '{EmptyStyleHash}'",
            "img-src 'self' blob: data:",
            "media-src 'self' blob:",
            "font-src 'self'",
            $"connect-src {connect}",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    }
}
