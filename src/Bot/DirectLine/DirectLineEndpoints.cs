using System.Text.RegularExpressions;
using System.Threading.RateLimiting;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using AwarenessBot.Safety;
using AwarenessBot.Safety.Turn;

namespace AwarenessBot.DirectLine;

/// <summary>
/// The embedded Direct Line 3.0 endpoint, enough for Web Chat (botframework-directlinejs in
/// polling mode) to talk to the bot with no Azure: tokens, conversations and activities with
/// watermarks. Each conversation has its own signed token; limits answer 429, bad input 4xx,
/// and polling for activities never answers 5xx (that would stop Web Chat for good).
/// </summary>
public static partial class DirectLineEndpoints
{
    public const string Prefix = "/v3/directline";
    public const string CreatePolicy = "directline-create";

    /// <summary>The window <see cref="DirectLineOptions.ConversationsPerClient"/> counts over.</summary>
    private static readonly TimeSpan ConversationWindow = TimeSpan.FromMinutes(10);

    /// <summary>What a client told "too many requests" is asked to wait (the reply says "a minute").</summary>
    private const string RetryAfterSeconds = "60";

    /// <summary>A token request carries at most a user id and a locale.</summary>
    private const int MaxTokenRequestBytes = 4096;

    public static IServiceCollection AddEmbeddedDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DirectLineOptions>(configuration.GetSection(DirectLineOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineTurns>();
        services.AddSingleton<DirectLineRequestLimiter>();
        services.AddHostedService<DirectLineJanitor>();
        services.AddRateLimiter(limiter =>
        {
            var options = configuration.GetSection(DirectLineOptions.Section).Get<DirectLineOptions>() ?? new DirectLineOptions();
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) => new ValueTask(TooManyRequests(context.HttpContext).ExecuteAsync(context.HttpContext));
            limiter.AddPolicy(CreatePolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ConversationsPerClient, Window = ConversationWindow, QueueLimit = 0 }));
        });
        return services;
    }

    public static void MapEmbeddedDirectLine(this WebApplication app)
    {
        var group = app.MapGroup(Prefix);

        group.MapPost("/tokens/generate", async (HttpContext http, DirectLineTokens tokens, DirectLineConversationStore store) =>
        {
            var body = await ReadJsonAsync(http, MaxTokenRequestBytes);
            var requested = body?["user"]?["id"]?.ToString();
            var userId = requested is not null && UserIdFormat().IsMatch(requested) ? requested : "dl_" + Guid.NewGuid().ToString("N");
            var conversation = store.Create(userId);
            // The page's language, so the welcome that starts the conversation is already in it.
            if (body?["locale"]?.ToString() is { } locale && LocaleFormat().IsMatch(locale)) conversation.Locale = locale;
            return Results.Ok(TokenResponse(conversation, tokens.Issue(conversation.Id, userId), tokens));
        }).AddEndpointFilter<PageRequestFilter>().RequireRateLimiting(CreatePolicy);

        group.MapPost("/tokens/refresh", (HttpContext http, DirectLineTokens tokens, DirectLineConversationStore store, DirectLineRequestLimiter limiter) =>
        {
            if (Authorize(http, tokens, store, null) is not { Conversation: { } conversation }) return Forbidden();
            if (!limiter.TryAcquire(conversation)) return TooManyRequests(http);
            return Results.Ok(TokenResponse(conversation, tokens.Issue(conversation.Id, conversation.UserId), tokens));
        });

        group.MapPost("/conversations", async (HttpContext http, DirectLineTokens tokens, DirectLineConversationStore store, DirectLineTurns turns, DirectLineRequestLimiter limiter) =>
        {
            if (Authorize(http, tokens, store, null) is not { Conversation: { } conversation, Token: var token }) return Forbidden();
            if (!limiter.TryAcquire(conversation)) return TooManyRequests(http);
            if (conversation.TryStart()) await turns.StartAsync(conversation, ServiceUrl(http), http.RequestAborted);
            return Results.Json(new { conversationId = conversation.Id, token, expires_in = (int)tokens.Lifetime.TotalSeconds, streamUrl = (string?)null }, statusCode: 201);
        });

        group.MapGet("/conversations/{conversationId}", (string conversationId, HttpContext http, DirectLineTokens tokens, DirectLineConversationStore store, DirectLineRequestLimiter limiter) =>
        {
            if (Authorize(http, tokens, store, conversationId) is not { Conversation: { } conversation, Token: var token }) return Forbidden();
            if (!limiter.TryAcquire(conversation)) return TooManyRequests(http);
            return Results.Ok(new { conversationId = conversation.Id, token, expires_in = (int)tokens.Lifetime.TotalSeconds });
        });

        group.MapGet("/conversations/{conversationId}/activities", (string conversationId, string? watermark, HttpContext http, DirectLineTokens tokens, DirectLineConversationStore store, DirectLineRequestLimiter limiter, TimeProvider clock) =>
        {
            if (Authorize(http, tokens, store, conversationId) is not { Conversation: { } conversation }) return Forbidden();
            if (!limiter.TryAcquire(conversation)) return TooManyRequests(http);
            var from = int.TryParse(watermark, out var w) ? w : 0;
            var (activities, next) = conversation.Since(from, clock.GetUtcNow());
            return Json(new JObject
            {
                ["activities"] = JArray.FromObject(activities, Serializer),
                ["watermark"] = next.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        });

        group.MapPost("/conversations/{conversationId}/activities", async (string conversationId, HttpContext http, DirectLineTokens tokens, DirectLineConversationStore store, DirectLineTurns turns, DirectLineRequestLimiter limiter, TimeProvider clock, IOptions<DirectLineOptions> options) =>
        {
            if (Authorize(http, tokens, store, conversationId) is not { Conversation: { } conversation }) return Forbidden();
            // Over its limit, a conversation is refused, except a crisis message: that always gets its answer.
            var withinLimit = limiter.TryAcquire(conversation);
            if (http.Request.ContentLength > options.Value.MaxActivityBytes) return TooLarge(options.Value.MaxActivityBytes);
            var body = await ReadJsonAsync(http, options.Value.MaxActivityBytes);
            if (body is null) return Results.Json(Error("BadArgument", "The body must be an Activity as a JSON object, at most " + options.Value.MaxActivityBytes + " bytes."), statusCode: 400);
            Activity activity;
            try
            {
                activity = body.ToObject<Activity>(Serializer)!;
            }
            catch (JsonException)
            {
                return Results.Json(Error("BadArgument", "The body is not a valid Activity."), statusCode: 400);
            }
            if (activity.Type is not (ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Typing))
                return Results.Json(Error("BadArgument", "Only message, event and typing activities can be sent."), statusCode: 400);
            if (!withinLimit && !(activity.Type == ActivityTypes.Message && CrisisDetector.IsCrisis(MessageText.Of(activity)))) return TooManyRequests(http);

            // The echo carries the client's own fields (channelData.clientActivityID) back, with our id and clock.
            activity.Id = activity.Type == ActivityTypes.Message ? conversation.NextId() : $"{conversation.Id}|{activity.Type}-{Guid.NewGuid():N}";
            activity.From = new ChannelAccount(conversation.UserId, activity.From?.Name, RoleTypes.User);
            activity.Conversation = new ConversationAccount(id: conversation.Id);
            activity.ChannelId = DirectLineTurns.ChannelId;
            activity.ServiceUrl = null;
            // Only messages are echoed back (Web Chat shows them as sent); typing and events are never kept.
            if (activity.Type == ActivityTypes.Message) conversation.Append([activity], clock.GetUtcNow());
            if (activity.Type != ActivityTypes.Typing) await turns.RunAsync(conversation, activity, ServiceUrl(http), http.RequestAborted);
            return Results.Ok(new { id = activity.Id });
        });
    }

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    private sealed record Authorization(DirectLineConversation? Conversation, string Token);

    /// <summary>The conversation a request's token grants, if it is valid and (when given) for this conversation.</summary>
    private static Authorization? Authorize(HttpContext http, DirectLineTokens tokens, DirectLineConversationStore store, string? conversationId)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var grant = tokens.FromHeader(header);
        if (grant is null || (conversationId is not null && grant.ConversationId != conversationId)) return null;
        return store.Find(grant.ConversationId) is { } conversation ? new(conversation, header["Bearer ".Length..].Trim()) : null;
    }

    private static IResult TooManyRequests(HttpContext http)
    {
        http.Response.Headers.RetryAfter = RetryAfterSeconds;
        return Results.Json(Error("TooManyRequests", "Too many requests; try again in a minute."), statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static object TokenResponse(DirectLineConversation conversation, string token, DirectLineTokens tokens) =>
        new { conversationId = conversation.Id, token, expires_in = (int)tokens.Lifetime.TotalSeconds };

    private static string ServiceUrl(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{Prefix}/";

    private static IResult Forbidden() => Results.Json(Error("TokenInvalid", "Missing, invalid or expired token, or a token for another conversation."), statusCode: 403);

    private static IResult TooLarge(int max) => Results.Json(Error("MessageSizeTooBig", $"Activities are limited to {max} bytes."), statusCode: 413);

    private static IResult Json(JObject body) => Results.Content(body.ToString(Formatting.None), "application/json");

    private static object Error(string code, string message) => new { error = new { code, message } };

    /// <summary>Reads a small JSON object body; null when it is missing, too big or not an object.</summary>
    private static async Task<JObject?> ReadJsonAsync(HttpContext http, int maxBytes)
    {
        try
        {
            using var reader = new StreamReader(http.Request.Body);
            var buffer = new char[maxBytes + 1];
            var read = await reader.ReadBlockAsync(buffer.AsMemory(), http.RequestAborted);
            if (read == 0 || read > maxBytes) return null;
            return JToken.Parse(new string(buffer, 0, read)) as JObject;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    [GeneratedRegex("^dl_[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex UserIdFormat();

    [GeneratedRegex("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}$")]
    private static partial Regex LocaleFormat();
}
