namespace AwarenessBot.Tests;

/// <summary>The checkout the tests run from (the folder holding AwarenessBot.sln), for files the build does not copy.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AwarenessBot.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("The tests must run inside the repository (no AwarenessBot.sln above " + AppContext.BaseDirectory + ").");
    }
}
