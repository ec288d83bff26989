using Newtonsoft.Json.Linq;

namespace AwarenessBot.Hosting;

/// <summary>
/// Where the bot may send its replies. With an app id, the Bot Framework token names the service URL
/// and the SDK checks it. Without one (anonymous mode, for the Emulator), nothing vouches for the
/// request, so replies only go to this machine, or to the addresses listed in <c>Bot:AllowedServiceUrls</c>:
/// otherwise anyone could make the bot POST to any address it can reach.
/// </summary>
public sealed class ServiceUrlPolicy(IConfiguration configuration)
{
    private readonly bool _anonymous = string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
    private readonly string[] _allowed = configuration.GetSection("Bot:AllowedServiceUrls").Get<string[]>() ?? [];

    public bool IsAnonymous => _anonymous;

    /// <summary>
    /// A warning when the bot has no app id and listens beyond this machine: anyone who reaches
    /// /api/messages can then talk to it as any channel (replies still only go to this machine).
    /// </summary>
    public string? ExposureWarning(IEnumerable<string> urls)
    {
        if (!_anonymous) return null;
        var exposed = urls.Where(url => !IsLoopbackAddress(url)).ToList();
        return exposed.Count == 0 ? null
            : $"No MicrosoftAppId is set (anonymous mode, for the Emulator) and the bot listens on {string.Join(", ", exposed)}: anyone who can reach it can send it activities. Register the bot and set MicrosoftAppId before exposing it; the students' page alone does not need this.";
    }

    private static bool IsLoopbackAddress(string url)
    {
        // "http://*:80" and "http://+:80" bind every interface; Uri cannot parse them.
        var host = url.Split("://", 2)[^1].Split('/')[0];
        host = host.StartsWith('[') ? host[1..host.IndexOf(']')] : host.Split(':')[0];
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));
    }

    /// <summary>Null when the activity may be processed, else the reason it may not.</summary>
    public string? Refusal(JObject activity)
    {
        if (!_anonymous) return null;
        // Replies in the HTTP response are never sent anywhere.
        if (activity.Value<string>("deliveryMode") == "expectReplies") return null;
        if (!Uri.TryCreate(activity.Value<string>("serviceUrl"), UriKind.Absolute, out var serviceUrl)) return null; // the validator says why
        if (serviceUrl.IsLoopback || _allowed.Any(prefix => serviceUrl.AbsoluteUri.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))) return null;
        return "The bot has no app id, so it only replies to service URLs on this machine (the Emulator); list others in Bot:AllowedServiceUrls.";
    }
}
