using AwarenessBot.Testing;

namespace AwarenessBot.Tests.Storage;

/// <summary>
/// Azurite for the Blob store's tests. Without it those tests skip with the install command,
/// unless AWARENESSBOT_REQUIRE_AZURITE=1 (as in CI), which makes a missing Azurite a failure.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string InstallHint = "Blob storage tests need Azurite: npm install --prefix .tools azurite@3.37.0 (or set AZURITE_PATH).";

    private AzuriteServer? _server;

    public string? ConnectionString => _server?.ConnectionString;
    public static bool Required => Environment.GetEnvironmentVariable("AWARENESSBOT_REQUIRE_AZURITE") == "1";

    public async Task InitializeAsync() => _server = await AzuriteServer.StartAsync();

    public void RequireAzurite()
    {
        if (_server is not null) return;
        if (Required) throw new InvalidOperationException(InstallHint);
        Skip.If(true, InstallHint);
    }

    public Task DisposeAsync()
    {
        _server?.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
