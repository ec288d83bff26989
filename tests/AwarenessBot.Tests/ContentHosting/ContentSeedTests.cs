using AwarenessBot.ContentHosting;
using AwarenessBot.Storage;
using AwarenessBot.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Tests.ContentHosting;

/// <summary>Content:SeedWhenEmpty: a new, empty content folder (a file share) starts as a copy of the shipped content; a used one is never touched.</summary>
public sealed class ContentSeedTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "awarenessbot-seed-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }

    private ContentStore Store(string folder, bool seed) => new(
        Options.Create(new ContentOptions { Path = folder, SeedWhenEmpty = seed }),
        Options.Create(new DataOptions { Path = Path.Combine(_root, "data") }),
        new UnderstandingService(new MiniLmModelLoader(), Options.Create(new UnderstandingOptions { Enabled = false }), NullLogger<UnderstandingService>.Instance),
        NullLogger<ContentStore>.Instance);

    private static string Shipped => Path.Combine(AppContext.BaseDirectory, "toolkit");

    [Fact]
    public void An_empty_folder_gets_the_shipped_content_and_serves_it_as_its_own()
    {
        var share = Path.Combine(_root, "share");
        Directory.CreateDirectory(share);

        var store = Store(share, seed: true);

        Assert.True(File.Exists(Path.Combine(share, "en", "bot.yaml")));
        Assert.True(File.Exists(Path.Combine(share, "es", "bot.yaml")));
        Assert.Equal(Directory.EnumerateFiles(Shipped, "*.md", SearchOption.AllDirectories).Count(), Directory.EnumerateFiles(share, "*.md", SearchOption.AllDirectories).Count());
        Assert.False(store.Status.LastReloadFailed);
        Assert.Null(store.Status.Fallback);
        Assert.NotEmpty(store.Library.English.Topics);
    }

    [Fact]
    public void A_folder_with_content_is_left_as_it_is()
    {
        var share = Path.Combine(_root, "share");
        Directory.CreateDirectory(Path.Combine(share, "en"));
        File.WriteAllText(Path.Combine(share, "en", "bot.yaml"), "welcome: broken on purpose");

        var store = Store(share, seed: true);

        Assert.Equal("welcome: broken on purpose", File.ReadAllText(Path.Combine(share, "en", "bot.yaml")));
        Assert.False(Directory.Exists(Path.Combine(share, "es")));
        Assert.Equal("shipped", store.Status.Fallback); // its errors are reported; the shipped content is served meanwhile
    }

    [Fact]
    public void Without_the_setting_an_empty_folder_stays_empty()
    {
        var share = Path.Combine(_root, "share");
        Directory.CreateDirectory(share);

        Store(share, seed: false);

        Assert.Empty(Directory.EnumerateFileSystemEntries(share));
    }
}
