using AwarenessBot.Content.Loading;
using AwarenessBot.ContentHosting;
using AwarenessBot.Storage;
using AwarenessBot.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.IdentityModel.Tokens;

namespace AwarenessBot.Hosting;

public static class BotEndpoints
{
    public static WebApplication MapAwarenessBot(this WebApplication app)
    {
        app.MapPost("/api/messages", async (HttpContext http, IBotFrameworkHttpAdapter adapter, IBot bot, ServiceUrlPolicy serviceUrls) =>
        {
            var check = await ActivityRequestValidator.ValidateAsync(http.Request, serviceUrls, http.RequestAborted);
            if (!check.IsValid)
            {
                http.Response.StatusCode = check.StatusCode;
                await http.Response.WriteAsJsonAsync(new { error = check.Error }, http.RequestAborted);
                return;
            }
            try
            {
                await adapter.ProcessAsync(http.Request, http.Response, bot, http.RequestAborted);
            }
            catch (Exception e) when (e is SecurityTokenException or ArgumentException && !http.Response.HasStarted)
            {
                // The SDK answers a bad token with 401, but lets a malformed or wrongly signed one escape
                // as an exception (a 500). Turn errors never get here: the adapter's error handler takes them.
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await http.Response.WriteAsJsonAsync(new { error = "The request's Bot Framework token is not valid." }, http.RequestAborted);
            }
            catch (ChannelAuthenticationUnavailableException) when (!http.Response.HasStarted)
            {
                // Not the caller's fault and not a crash: the channel retries, and an orchestrator sees a 503.
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                http.Response.Headers.RetryAfter = "10";
                await http.Response.WriteAsJsonAsync(new { error = "The channel's token cannot be checked right now (its signing keys could not be fetched); try again shortly." }, http.RequestAborted);
            }
        });

        app.MapGet("/healthz", async (HttpContext http, ContentStore content, IStorage storage, UnderstandingService understanding, IConfiguration configuration, CancellationToken cancellationToken) =>
        {
            var current = content.Library.English;
            var status = content.Status;
            var (storageHealthy, storageProblem) = await StateStorage.CheckAsync(storage, cancellationToken);
            // Degraded: the bot still answers (and always sends the emergency response), but cannot remember
            // conversations; 503 so an orchestrator restarts or replaces it.
            // Safe mode (no content loaded at all) is degraded too, but stays 200: a restart would not fix the
            // content files, and taking the instance out of service would silence the emergency response.
            var overall = storageHealthy && status.Fallback != SafeModeContent.Name ? "ok" : "degraded";
            var code = storageHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
            // Paths, stores and content errors are for the people who run the bot, not for anyone on the web.
            if (!HealthDetails.MaySee(http, configuration)) return Results.Json(new { status = overall }, statusCode: code);
            return Results.Json(new
            {
                status = overall,
                storage = new { store = StateStorage.Describe(storage), healthy = storageHealthy, problem = storageProblem },
                // Degraded understanding: rules and lexical matching only (the emergency response never needs the model).
                understanding = understanding.Status.State,
                understandingProblem = understanding.Status.Problem,
                content = new
                {
                    version = content.Library.Version,
                    languages = content.Library.Languages.Select(l => ContentLibraryLoader.FolderOf(l)),
                    topics = current.Topics.Count,
                    dialogs = current.Dialogs.Count,
                    loadedAt = status.LoadedAt,
                    lastReloadFailed = status.LastReloadFailed,
                    lastReloadErrors = status.LastReloadErrors,
                    // Set when the content folder could not be used at start-up: "last-good" or "shipped" content is served.
                    fallback = status.Fallback,
                },
            }, statusCode: code);
        });

        return app;
    }
}
