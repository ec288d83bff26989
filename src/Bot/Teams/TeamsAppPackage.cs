using System.IO.Compression;
using System.Text.RegularExpressions;

namespace AwarenessBot.Teams;

/// <summary>What an IT admin supplies to build the Teams app package.</summary>
public sealed record TeamsPackageSettings(string? AppId, string? Host, string? PrivacyUrl, string? TermsUrl, string? Version);

/// <summary>
/// Builds the upload-ready Teams app package from manifest/: manifest.json with its
/// {{placeholders}} filled in, plus the two icons, at the root of a zip.
/// </summary>
public static partial class TeamsAppPackage
{
    public const string ManifestFile = "manifest.json";
    public static readonly string[] Icons = ["color.png", "outline.png"];

    /// <summary>Everything wrong with the settings, as messages an admin can act on; empty when they are fine.</summary>
    public static IReadOnlyList<string> Check(TeamsPackageSettings settings)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(settings.AppId)) errors.Add("--app-id is missing: give the bot's Microsoft App ID (a GUID) from its Azure Bot resource.");
        else if (!Guid.TryParseExact(settings.AppId, "D", out _)) errors.Add($"--app-id '{settings.AppId}' is not a GUID like 00000000-0000-0000-0000-000000000000.");
        if (string.IsNullOrWhiteSpace(settings.Host)) errors.Add("--host is missing: give the bot's public host name, like awarenessbot.example.org.");
        else if (!HostName().IsMatch(settings.Host)) errors.Add($"--host '{settings.Host}' should be a host name only, like awarenessbot.example.org (no https://, no path).");
        foreach (var (name, url) in new[] { ("--privacy-url", PrivacyUrl(settings)), ("--terms-url", TermsUrl(settings)) })
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) errors.Add($"{name} '{url}' should be an https:// address.");
        if (!SemVer().IsMatch(Version(settings))) errors.Add($"--version '{settings.Version}' should look like 1.0.0.");
        return errors;
    }

    /// <summary>The manifest with every placeholder filled; throws if the template has one this code does not know.</summary>
    public static string Fill(string template, TeamsPackageSettings settings)
    {
        var values = new Dictionary<string, string>
        {
            ["appId"] = settings.AppId!.ToLowerInvariant(),
            ["host"] = settings.Host!,
            ["privacyUrl"] = PrivacyUrl(settings),
            ["termsUrl"] = TermsUrl(settings),
            ["version"] = Version(settings),
        };
        return Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException($"manifest.json has an unknown placeholder {m.Value}"));
    }

    /// <summary>Writes the zip: manifest.json and the two icons, at its root.</summary>
    public static void Write(string manifestFolder, TeamsPackageSettings settings, string zipPath)
    {
        var manifest = Fill(File.ReadAllText(Path.Combine(manifestFolder, ManifestFile)), settings);
        if (Path.GetDirectoryName(Path.GetFullPath(zipPath)) is { } folder) Directory.CreateDirectory(folder);
        using var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(zip.CreateEntry(ManifestFile).Open())) writer.Write(manifest);
        foreach (var icon in Icons) zip.CreateEntryFromFile(Path.Combine(manifestFolder, icon), icon);
    }

    private static string PrivacyUrl(TeamsPackageSettings s) => string.IsNullOrWhiteSpace(s.PrivacyUrl) ? $"https://{s.Host}/privacy" : s.PrivacyUrl;
    private static string TermsUrl(TeamsPackageSettings s) => string.IsNullOrWhiteSpace(s.TermsUrl) ? $"https://{s.Host}/terms" : s.TermsUrl;
    private static string Version(TeamsPackageSettings s) => string.IsNullOrWhiteSpace(s.Version) ? "1.0.0" : s.Version;

    [GeneratedRegex(@"\{\{(\w+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(:\d{1,5})?$")]
    private static partial Regex HostName();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();
}
