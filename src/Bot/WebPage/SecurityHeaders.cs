namespace AwarenessBot.WebPage;

/// <summary>
/// Headers every response carries, whatever serves it (pages, files, the bot's endpoints): no
/// sniffing, no referrer, no framing, and a strict default Content-Security-Policy that a page may
/// replace with its own (the students' page adds its nonce).
/// </summary>
public static class SecurityHeaders
{
    public const string DefaultPolicy = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            if (!headers.ContainsKey("Content-Security-Policy")) headers.ContentSecurityPolicy = DefaultPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
