namespace AwarenessBot.Tests;

/// <summary>Where the shipped and the fixture content are, and scratch copies for tests that break them on purpose.</summary>
internal static class ContentPaths
{
    /// <summary>
    /// The fixture content (tests/AwarenessBot.Tests/Fixtures/content: a made-up garden club, English and Spanish) that
    /// the engine, routing and HTTP tests run on, so an admin's edit to the shipped content cannot break them.
    /// </summary>
    public static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "content");

    /// <summary>The English fixture content.</summary>
    public static string FixtureEnglish => Path.Combine(Fixture, "en");

    /// <summary>A fresh copy of the English fixture content in a temporary folder; deleted when disposed.</summary>
    public static TempContent CopyFixture() => new(FixtureEnglish);

    /// <summary>The content root (one folder per language) as the build copies it next to the test binaries.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "toolkit");

    /// <summary>The English content.</summary>
    public static string English => Path.Combine(Root, "en");

    /// <summary>The Spanish content.</summary>
    public static string Spanish => Path.Combine(Root, "es");

    /// <summary>A fresh copy of the English content in a temporary folder; deleted when disposed.</summary>
    public static TempContent Copy() => new(English);

    /// <summary>A fresh copy of the whole content, every language; deleted when disposed.</summary>
    public static TempContent CopyAll() => new(Root);
}

internal sealed class TempContent : IDisposable
{
    public TempContent(string source)
    {
        Folder = Path.Combine(Path.GetTempPath(), "awarenessbot-content-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text);
    }

    public void Replace(string relative, string oldText, string newText)
    {
        var text = File.ReadAllText(PathOf(relative));
        Assert.Contains(oldText, text);
        File.WriteAllText(PathOf(relative), text.Replace(oldText, newText));
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
