using AwarenessBot.Hosting;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Http;

public class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(string? appId = null, params string[] allowed)
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = appId };
        for (var i = 0; i < allowed.Length; i++) settings[$"Bot:AllowedServiceUrls:{i}"] = allowed[i];
        return new ServiceUrlPolicy(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    private static JObject Activity(string serviceUrl, string? deliveryMode = null) =>
        new() { ["type"] = "message", ["serviceUrl"] = serviceUrl, ["deliveryMode"] = deliveryMode };

    [Theory]
    [InlineData("http://localhost:3978/", true)]
    [InlineData("http://127.0.0.1:9/", true)]
    [InlineData("http://[::1]:50000/", true)]
    [InlineData("http://169.254.169.254/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    public void Without_an_app_id_replies_go_only_to_this_machine(string serviceUrl, bool allowed) =>
        Assert.Equal(allowed, Policy().Refusal(Activity(serviceUrl)) is null);

    [Fact]
    public void Listed_service_urls_replies_in_the_response_and_an_app_id_are_allowed()
    {
        Assert.Null(Policy(null, "https://emulator.example.org/").Refusal(Activity("https://emulator.example.org/conversations")));
        Assert.Null(Policy().Refusal(Activity("https://elsewhere.example/", "expectReplies")));
        Assert.Null(Policy("an-app-id").Refusal(Activity("https://smba.trafficmanager.net/amer/")));
    }

    [Theory]
    [InlineData("http://localhost:3978", false)]
    [InlineData("http://127.0.0.1:3978", false)]
    [InlineData("http://[::1]:3978", false)]
    [InlineData("http://0.0.0.0:3978", true)]
    [InlineData("http://*:80", true)]
    [InlineData("http://+:80", true)]
    public void Anonymous_mode_listening_beyond_this_machine_is_warned_about(string url, bool warned)
    {
        Assert.Equal(warned, Policy().ExposureWarning([url]) is not null);
        Assert.Null(Policy("an-app-id").ExposureWarning([url]));
    }
}
