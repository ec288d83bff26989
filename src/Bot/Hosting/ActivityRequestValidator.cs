using System.Buffers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Hosting;

/// <summary>
/// Checks a POST to /api/messages before the adapter sees it, so a bad request gets a 400 with
/// a reason instead of the SDK's 500 (it fails on an activity without conversation or serviceUrl).
/// </summary>
public static class ActivityRequestValidator
{
    /// <summary>Bodies larger than this are refused with 413; a real activity is a few kilobytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public sealed record Result(int StatusCode, string? Error)
    {
        public bool IsValid => Error is null;
    }

    private static readonly Result Valid = new(StatusCodes.Status200OK, null);

    public static async Task<Result> ValidateAsync(HttpRequest request, ServiceUrlPolicy serviceUrls, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return TooLarge();
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes + 1);
        string body;
        // Pooled: a fresh buffer this size per request would be a large-object allocation every time.
        var buffer = ArrayPool<char>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            using var reader = new StreamReader(request.Body, leaveOpen: true);
            var read = await reader.ReadBlockAsync(buffer.AsMemory(0, MaxBodyBytes + 1), cancellationToken).ConfigureAwait(false);
            if (read > MaxBodyBytes) return TooLarge();
            body = new string(buffer, 0, read);
        }
        catch (IOException)
        {
            return TooLarge();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
            if (request.Body.CanSeek) request.Body.Position = 0;
        }
        return Validate(body, serviceUrls);
    }

    /// <summary>The checks on the body text; pure, for unit tests.</summary>
    public static Result Validate(string body, ServiceUrlPolicy? serviceUrls = null)
    {
        if (string.IsNullOrWhiteSpace(body)) return Bad("The request body is empty; send an Activity as JSON.");
        JToken token;
        try
        {
            token = JToken.Parse(body);
        }
        catch (JsonReaderException e)
        {
            return Bad($"The request body is not valid JSON (line {e.LineNumber}, position {e.LinePosition}).");
        }
        if (token is not JObject activity) return Bad("The request body must be a JSON object (a Bot Framework Activity).");
        if (!IsNonEmptyString(activity["type"])) return Bad("The activity has no 'type'.");
        if (activity["conversation"] is not JObject conversation || !IsNonEmptyString(conversation["id"]))
            return Bad("The activity has no 'conversation' with an 'id'.");
        if (!IsNonEmptyString(activity["serviceUrl"])) return Bad("The activity has no 'serviceUrl'.");
        if (!Uri.TryCreate(activity.Value<string>("serviceUrl"), UriKind.Absolute, out _)) return Bad("The activity's 'serviceUrl' is not an absolute URL.");
        if (activity["text"] is { } text && text.Type is not (JTokenType.String or JTokenType.Null)) return Bad("The activity's 'text' must be a string.");
        if (activity["from"] is { } from && from.Type is not (JTokenType.Object or JTokenType.Null)) return Bad("The activity's 'from' must be an object.");
        if (serviceUrls?.Refusal(activity) is { } refusal) return new(StatusCodes.Status403Forbidden, refusal);
        return Valid;
    }

    private static bool IsNonEmptyString(JToken? token) => token is { Type: JTokenType.String } && !string.IsNullOrWhiteSpace(token.Value<string>());

    private static Result Bad(string error) => new(StatusCodes.Status400BadRequest, error);

    private static Result TooLarge() => new(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {MaxBodyBytes} bytes.");
}
