using AwarenessBot.Teams;

namespace AwarenessBot.Cli;

/// <summary>
/// <c>teams-package --app-id &lt;guid&gt; --host &lt;name&gt; [--privacy-url ..] [--terms-url ..] [--version 1.0.0] [--out file.zip]</c>:
/// builds the Teams app package. Values not given come from configuration (MicrosoftAppId, Teams:Host).
/// </summary>
public static class TeamsPackageCommand
{
    public static int Run(string[] args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        string? Option(string name) => CliOptions.Value(args, name);
        var settings = new TeamsPackageSettings(
            Option("--app-id") ?? NullIfEmpty(configuration["MicrosoftAppId"]),
            Option("--host") ?? NullIfEmpty(configuration["Teams:Host"]),
            Option("--privacy-url") ?? NullIfEmpty(configuration["Teams:PrivacyUrl"]),
            Option("--terms-url") ?? NullIfEmpty(configuration["Teams:TermsUrl"]),
            Option("--version"));
        var problems = TeamsAppPackage.Check(settings);
        if (problems.Count > 0)
        {
            foreach (var problem in problems) error.WriteLine("teams-package: " + problem);
            error.WriteLine("usage: teams-package --app-id <guid> --host <name> [--privacy-url https://..] [--terms-url https://..] [--version 1.0.0] [--out awarenessbot-teams.zip]");
            return 2;
        }
        var zip = CliPaths.Resolve(Option("--out") ?? "awarenessbot-teams.zip");
        if (File.Exists(zip)) File.Delete(zip);
        TeamsAppPackage.Write(Path.Combine(AppContext.BaseDirectory, "teams-manifest"), settings, zip);
        output.WriteLine($"Wrote {zip}: upload it in Teams (Apps > Manage your apps > Upload an app), or to your organisation's app catalog.");
        return 0;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
