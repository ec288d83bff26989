namespace AwarenessBot.Tests;

/// <summary>
/// Each project uses only the ones below it (docs/architecture.md, "Projects"): Text &lt;- Safety &lt;- Content &lt;- Dialogs &lt;- Bot.
/// Read from the compiled assemblies, which name only the references the code really uses.
/// </summary>
public class LayeringTests
{
    public static TheoryData<string, string[]> Layers => new()
    {
        { "AwarenessBot.Text", [] },
        // The crisis path (guard, emergency response, check-in) builds and runs without content, dialogs or the host.
        { "AwarenessBot.Safety", ["AwarenessBot.Text"] },
        { "AwarenessBot.Content", ["AwarenessBot.Safety", "AwarenessBot.Text"] },
        { "AwarenessBot.Dialogs", ["AwarenessBot.Content", "AwarenessBot.Safety", "AwarenessBot.Text"] },
    };

    [Theory]
    [MemberData(nameof(Layers))]
    public void A_project_uses_only_the_ones_below_it(string project, string[] below)
    {
        var ours = System.Reflection.Assembly.Load(project).GetReferencedAssemblies()
            .Select(a => a.Name!).Where(n => n.StartsWith("AwarenessBot", StringComparison.Ordinal)).Order();
        Assert.Subset(below.ToHashSet(), ours.ToHashSet());
    }
}
