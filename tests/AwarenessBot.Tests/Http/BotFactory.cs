using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AwarenessBot.Tests.Http;

/// <summary>
/// The bot's real ASP.NET Core pipeline in-process, on the fixture content, with state in memory so test runs never
/// see each other's conversations.
/// </summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:Kind", "Memory");
        builder.UseSetting("Content:Path", ContentPaths.Fixture);
    }
}
