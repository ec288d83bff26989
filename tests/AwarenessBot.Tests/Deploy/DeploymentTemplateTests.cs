using System.Diagnostics;
using System.Reflection;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Deploy;

/// <summary>
/// deploy/main.bicep, compiled and linted by the Bicep CLI from NuGet (no Azure needed), and what the
/// compiled template promises: a managed identity instead of secrets, Teams and Direct Line, the outputs
/// docs/deploy-azure.md uses.
/// </summary>
public class DeploymentTemplateTests
{
    private static readonly string DeployFolder = Path.Combine(RepositoryPaths.Root, "deploy");

    private static string Bicep =>
        typeof(DeploymentTemplateTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "BicepPath").Value!;

    private static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Bicep) { WorkingDirectory = DeployFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Offline and quiet: no telemetry upload, no version check.
        start.Environment["BICEP_TELEMETRY_ENABLED"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "bicep did not finish");
        return (process.ExitCode, output.Result, errors.Result);
    }

    private static readonly Lazy<JObject> Compiled = new(() =>
    {
        var (exitCode, output, errors) = Run("build", "main.bicep", "--stdout");
        Assert.True(exitCode == 0, errors);
        return JObject.Parse(output);
    });

    [Fact]
    public void The_template_and_its_parameters_build_and_lint_without_a_warning()
    {
        var (lintExit, lintOutput, lintErrors) = Run("lint", "main.bicep");
        Assert.True(lintExit == 0, lintErrors);
        Assert.DoesNotContain("Warning", lintOutput + lintErrors, StringComparison.Ordinal);
        Assert.DoesNotContain("Error", lintOutput + lintErrors, StringComparison.Ordinal);

        var (paramsExit, parameters, paramsErrors) = Run("build-params", "main.bicepparam", "--stdout");
        Assert.True(paramsExit == 0, paramsErrors);
        Assert.DoesNotContain("Warning", paramsErrors, StringComparison.Ordinal);
        Assert.Contains("baseName", parameters, StringComparison.Ordinal);
        Assert.NotEmpty(Compiled.Value["resources"]!);
    }

    private static IEnumerable<JObject> Resources(string type) =>
        Compiled.Value["resources"]!.Cast<JObject>().Where(r => r.Value<string>("type") == type);

    [Fact]
    public void The_bot_runs_as_a_managed_identity_with_no_secret_and_no_storage_key_in_its_settings()
    {
        var site = Resources("Microsoft.Web/sites").Single();
        var settings = site.SelectToken("properties.siteConfig.appSettings")!.ToDictionary(s => s.Value<string>("name")!, s => s["value"]!.ToString());
        Assert.Equal("UserAssignedMSI", settings["MicrosoftAppType"]);
        Assert.DoesNotContain("MicrosoftAppPassword", settings.Keys);
        Assert.Equal("Blob", settings["Storage__Kind"]);
        Assert.Contains("Storage__Blob__AccountUrl", settings.Keys);
        Assert.DoesNotContain(settings, s => s.Key.Contains("ConnectionString", StringComparison.Ordinal) && s.Key.StartsWith("Storage", StringComparison.Ordinal));
        Assert.Contains("Content__Path", settings.Keys);
        Assert.Contains("APPLICATIONINSIGHTS_CONNECTION_STRING", settings.Keys);
        Assert.Equal("UserAssigned", site.SelectToken("identity.type")!.ToString());

        var bot = Resources("Microsoft.BotService/botServices").Single();
        Assert.Equal("UserAssignedMSI", bot.SelectToken("properties.msaAppType")!.ToString());
        var channels = Resources("Microsoft.BotService/botServices/channels").Select(c => c.SelectToken("properties.channelName")!.ToString()).ToList();
        Assert.Contains("MsTeamsChannel", channels);
        Assert.Contains("DirectLineChannel", channels);
        Assert.Single(Resources("Microsoft.Authorization/roleAssignments"));
    }

    [Fact]
    public void It_outputs_what_the_deployment_guide_needs()
    {
        var outputs = ((JObject)Compiled.Value["outputs"]!).Properties().Select(p => p.Name).ToList();
        Assert.Contains("messagingEndpoint", outputs);
        Assert.Contains("botAppId", outputs);
        Assert.Contains("webPageUrl", outputs);
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "deploy-azure.md"));
        foreach (var output in outputs) Assert.Contains(output, guide, StringComparison.Ordinal);
    }
}
