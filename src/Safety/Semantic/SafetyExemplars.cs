using System.Reflection;

namespace AwarenessBot.Safety.Semantic;

public enum ExemplarLabel { Crisis, Concern, Info }

public sealed record Exemplar(ExemplarLabel Label, string Text);

/// <summary>
/// The labelled exemplars of the semantic crisis signal, compiled into this assembly from
/// Exemplars/*.tsv: part of the safety code, reviewed like code, out of reach of content edits.
/// </summary>
public static class SafetyExemplars
{
    private static readonly Lazy<IReadOnlyList<Exemplar>> Loaded = new(Load);

    public static IReadOnlyList<Exemplar> All => Loaded.Value;

    private static IReadOnlyList<Exemplar> Load()
    {
        var assembly = typeof(SafetyExemplars).Assembly;
        var exemplars = new List<Exemplar>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("exemplars.", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            exemplars.AddRange(Parse(Read(assembly, name)));
        return exemplars;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads "label TAB text" lines; '#' lines are comments, "label TAB text" is the header.</summary>
    public static IEnumerable<Exemplar> Parse(string tsv)
    {
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0] == "label") continue;
            if (Enum.TryParse<ExemplarLabel>(parts[0], ignoreCase: true, out var label) && parts[1].Trim().Length > 0)
                yield return new(label, parts[1].Trim());
        }
    }
}
