using AwarenessBot.Content.Matching;
using AwarenessBot.Text;
using Microsoft.Extensions.Configuration;

namespace AwarenessBot.Tests.Content;

public class MatchingOptionsTests
{
    private static MatchingOptions Bind(IConfiguration configuration)
    {
        var options = new MatchingOptions();
        configuration.GetSection(MatchingOptions.Section).Bind(options);
        return options;
    }

    [Fact]
    public void The_shipped_settings_are_the_built_in_defaults_of_each_language()
    {
        var shipped = Bind(new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryPaths.Root, "src", "Bot", "appsettings.json")).Build());

        var defaults = new MatchingOptions();
        Assert.Equal(defaults.English, shipped.English);
        Assert.Equal(defaults.Spanish, shipped.Spanish);
    }

    [Fact]
    public void A_language_overrides_only_what_it_names_and_each_language_gets_its_own()
    {
        var configured = Bind(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Matching:Spanish:SemanticFloor"] = "0.7",
        }).Build());

        Assert.Equal(0.7, configured.For(Language.Spanish).SemanticFloor);
        Assert.Equal(new MatchingOptions().Spanish.LexicalWeight, configured.For(Language.Spanish).LexicalWeight);
        Assert.Equal(MatchThresholds.Default, configured.For(Language.English));
        Assert.NotEqual(0.7, new MatchingOptions().Spanish.SemanticFloor); // binding changed that instance only, not the defaults
    }
}
