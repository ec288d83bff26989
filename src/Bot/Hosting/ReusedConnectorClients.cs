using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace AwarenessBot.Hosting;

/// <summary>
/// One connector client per channel endpoint for the life of the process, instead of a new one every turn.
/// The SDK builds a <see cref="ConnectorClient"/> per turn, and each comes with a fresh JSON contract resolver,
/// so every reply paid for reflecting over the Activity type again: most of a turn's CPU under load (see
/// docs/performance.md). The SDK's older BotFrameworkAdapter kept them the same way. Clients are thread-safe;
/// the SDK disposes the one it gets at the end of the turn, so it gets a handle whose disposal does nothing.
/// </summary>
public sealed class ReusedConnectorClients(BotFrameworkAuthentication inner) : DelegatingBotFrameworkAuthentication(inner)
{
    /// <summary>Endpoints are few (a channel's regional URLs); past this, the cache starts over rather than grow.</summary>
    private const int MaxClients = 64;

    private readonly ConcurrentDictionary<(string? Bot, string ServiceUrl, string? Audience), Task<IConnectorClient>> _clients = new();

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new Factory(this, Inner.CreateConnectorFactory(claimsIdentity), BotOf(claimsIdentity));

    // An authenticated request carries a connector factory of its own: the one a turn uses.
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Reusing(await Inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Reusing(await Inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    private AuthenticateRequestResult Reusing(AuthenticateRequestResult result)
    {
        result.ConnectorFactory = new Factory(this, result.ConnectorFactory, BotOf(result.ClaimsIdentity));
        return result;
    }

    private static string? BotOf(ClaimsIdentity identity) =>
        identity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value ?? identity.FindFirst(AuthenticationConstants.AppIdClaim)?.Value;

    private async Task<IConnectorClient> GetAsync(ConnectorFactory factory, string? bot, string serviceUrl, string? audience)
    {
        var key = (bot, serviceUrl, audience);
        if (!_clients.TryGetValue(key, out var client))
        {
            // Count takes every lock of the dictionary: only on the rare miss, never on every turn.
            if (_clients.Count >= MaxClients) _clients.Clear();
            client = _clients.GetOrAdd(key, _ => factory.CreateAsync(serviceUrl, audience, CancellationToken.None));
        }
        try
        {
            return new Handle(await client.ConfigureAwait(false));
        }
        catch
        {
            _clients.TryRemove(new KeyValuePair<(string?, string, string?), Task<IConnectorClient>>(key, client));
            throw;
        }
    }

    private sealed class Factory(ReusedConnectorClients cache, ConnectorFactory inner, string? bot) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            cache.GetAsync(inner, bot, serviceUrl, audience);
    }

    /// <summary>The shared client, minus disposal.</summary>
    private sealed class Handle(IConnectorClient client) : IConnectorClient
    {
        public Uri BaseUri { get => client.BaseUri; set => throw new NotSupportedException("A shared connector client's address does not change."); }
        public JsonSerializerSettings SerializationSettings => client.SerializationSettings;
        public JsonSerializerSettings DeserializationSettings => client.DeserializationSettings;
        public ServiceClientCredentials Credentials => client.Credentials;
        public IAttachments Attachments => client.Attachments;
        public IConversations Conversations => client.Conversations;
        public void Dispose() { }
    }
}
