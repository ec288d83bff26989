using System.Security.Claims;
using AwarenessBot.Hosting;
using Microsoft.Bot.Connector.Authentication;

namespace AwarenessBot.Tests.Http;

/// <summary>Turns to the same channel endpoint share one connector client; the SDK's disposal at the end of a turn does not end it.</summary>
public sealed class ReusedConnectorClientsTests
{
    private readonly ReusedConnectorClients _auth = new(BotFrameworkAuthenticationFactory.Create());
    private readonly ClaimsIdentity _identity = new();

    [Fact]
    public async Task Turns_to_one_endpoint_share_a_client_that_outlives_each_turn()
    {
        var first = await _auth.CreateConnectorFactory(_identity).CreateAsync("http://127.0.0.1:1/", null, CancellationToken.None);
        first.Dispose(); // as the SDK does when the turn ends
        var second = await _auth.CreateConnectorFactory(_identity).CreateAsync("http://127.0.0.1:1/", null, CancellationToken.None);

        Assert.Same(first.Conversations, second.Conversations);
        Assert.Equal(new Uri("http://127.0.0.1:1/"), second.BaseUri);
    }

    [Fact]
    public async Task Another_endpoint_gets_a_client_of_its_own()
    {
        var one = await _auth.CreateConnectorFactory(_identity).CreateAsync("http://127.0.0.1:1/", null, CancellationToken.None);
        var other = await _auth.CreateConnectorFactory(_identity).CreateAsync("http://127.0.0.1:2/", null, CancellationToken.None);

        Assert.NotSame(one.Conversations, other.Conversations);
        Assert.Equal(new Uri("http://127.0.0.1:2/"), other.BaseUri);
    }
}
