using System.Net.Http.Headers;
using System.Text.Json;
using AwarenessBot.DirectLine;
using Microsoft.Extensions.Options;

namespace AwarenessBot.WebPage;

/// <summary>
/// Production mode: exchanges the Direct Line secret for a short-lived conversation token with
/// Azure's Direct Line (tokens/generate), server-side. Only the token reaches the browser.
/// </summary>
public sealed class AzureDirectLineTokens(HttpClient http, IOptions<DirectLineOptions> options, ILogger<AzureDirectLineTokens> logger)
{
    public sealed record Grant(string Token, string ConversationId, int ExpiresIn, string UserId);

    public async Task<Grant?> GenerateAsync(CancellationToken cancellationToken)
    {
        var userId = "dl_" + Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.Domain.TrimEnd('/') + "/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.Value.Secret);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogError("Direct Line token exchange failed: HTTP {Status}", (int)response.StatusCode);
                return null;
            }
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            var root = body.RootElement;
            return new Grant(root.GetProperty("token").GetString()!, root.GetProperty("conversationId").GetString()!,
                root.TryGetProperty("expires_in", out var expires) ? expires.GetInt32() : 1800, userId);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException or TaskCanceledException)
        {
            logger.LogError("Direct Line token exchange failed: {ExceptionType}", e.GetType().Name);
            return null;
        }
    }
}
