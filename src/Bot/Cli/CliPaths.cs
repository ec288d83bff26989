namespace AwarenessBot.Cli;

/// <summary>
/// Resolves a path typed on the command line. `dotnet run --project src/Bot` runs the program in
/// the project's folder, so a relative path is taken from the folder the user typed it in
/// (the shell's PWD), as they expect.
/// </summary>
public static class CliPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var shellFolder = Environment.GetEnvironmentVariable("PWD");
        var baseFolder = shellFolder is { Length: > 0 } && Directory.Exists(shellFolder) ? shellFolder : Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(baseFolder, path));
    }
}
