using System.Globalization;
using AwarenessBot.Safety;
using AwarenessBot.Safety.Evaluation;
using AwarenessBot.Safety.Semantic;
using AwarenessBot.Understanding;

namespace AwarenessBot.Cli;

/// <summary>
/// <c>safety test [set.tsv ...] [--rules-only] [--sweep]</c>: how crisis detection does on the
/// safety sets (by default the development and held-out sets shipped with the app): recall per
/// tier, false alarms and check-ins on informational messages, per set, with every mistake and
/// the signals behind it. <c>--sweep</c> prints the figures for a grid of semantic thresholds
/// (tune on development sets only).
/// </summary>
public static class SafetyCommands
{
    public const string Usage =
        "usage:\n" +
        "  safety test [set.tsv ...] [--rules-only] [--sweep] [--quiet]\n" +
        "      sets: 'label TAB message' lines (crisis, concern or info); default: the sets shipped with the app";

    public static readonly string DefaultSetFolder = Path.Combine(AppContext.BaseDirectory, "eval", "safety");

    public static int Run(string[] args, UnderstandingService understanding, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] != "test") return Fail(error, Usage);
        var files = args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(CliPaths.Resolve).ToList();
        if (files.Count == 0) files = Directory.EnumerateFiles(DefaultSetFolder, "*.tsv").Order(StringComparer.Ordinal).ToList();
        try
        {
            var sets = files.Select(f => (Name: Path.GetFileName(f), Cases: SafetySet.Read(f))).ToList();
            if (args.Contains("--sweep")) return Sweep(sets, understanding, output, error);
            var classifier = args.Contains("--rules-only") ? SafetyClassifier.RulesOnly : understanding.Safety;
            if (understanding.Status.Problem is { } problem) output.WriteLine($"note: {problem}");
            foreach (var (name, cases) in sets)
                Print(SafetyReport.Run(name, cases, m => classifier.Assess(understanding.Understander.Understand(m))), output, args.Contains("--quiet"));
            return 0;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return Fail(error, e.Message);
        }
    }

    private static void Print(SafetyReport report, TextWriter output, bool quiet)
    {
        output.WriteLine($"{report.Name}: {report.Outcomes.Count} messages ({report.CrisisCount} crisis, {report.ConcernCount} concern, {report.InfoCount} info)");
        output.WriteLine($"  recall, crisis + concern -> emergency or check-in  {Percent(report.Recall),7}");
        output.WriteLine($"  crisis -> emergency response                      {Percent(report.CrisisTierRecall),7}");
        output.WriteLine($"  concern -> check-in or emergency response         {Percent(report.ConcernRecall),7}");
        output.WriteLine($"  false alarms, info -> emergency response          {Percent(report.FalseAlarmRate),7}");
        output.WriteLine($"  check-ins on info                                 {Percent(report.CheckInRate),7}");
        if (quiet) return;
        foreach (var mistake in report.Mistakes)
        {
            var a = mistake.Assessment;
            var rules = a.Signals.Rules.Count == 0 ? "-" : string.Join(",", a.Signals.Rules);
            var similar = a.Signals.Exemplars is { } s ? $"nearest {s.Nearest} (crisis {s.Crisis:0.00}, concern {s.Concern:0.00}, info {s.Info:0.00})" : "no embedding";
            output.WriteLine($"    line {mistake.Case.Line,-4} {mistake.Case.Expected.ToString().ToLowerInvariant(),-7} -> {a.Tier.Name(),-9} rules: {rules}; {similar}  \"{mistake.Case.Message}\"");
        }
        output.WriteLine();
    }

    /// <summary>
    /// Recall, false alarms and check-ins for a grid of semantic thresholds, per language (each language has
    /// its own thresholds). The rules' verdicts and the similarities are computed once; the rules' framing
    /// (hypothetical, laughing) demotes a semantic crisis to the check-in as it does at run time.
    /// </summary>
    private static int Sweep(IReadOnlyList<(string Name, IReadOnlyList<SafetyCase> Cases)> sets, UnderstandingService understanding, TextWriter output, TextWriter error)
    {
        if (understanding.Exemplars is not { } exemplars) return Fail(error, "The sweep needs the sentence model: " + understanding.Status.Problem);
        var scored = sets.SelectMany(s => s.Cases).Select(c =>
        {
            var message = understanding.Understander.Understand(c.Message);
            var rules = CrisisDetector.AssessCleaned(message.Text);
            return (c.Expected, Rules: rules, Similarities: message.AllEmbeddings.Select(exemplars.Compare).ToList());
        }).ToList();
        foreach (var language in scored.Select(s => s.Rules.Language).Distinct())
        {
            var cases = scored.Where(s => s.Rules.Language == language).ToList();
            output.WriteLine($"{language}: {cases.Count} messages");
            output.WriteLine($"{"crisis",6} {"margin",6} {"check",6} {"margin",6}  {"recall",7} {"crisis",7} {"alarms",7} {"checkins",8}");
            foreach (var crisis in new[] { 0.45f, 0.50f, 0.55f, 0.60f, 0.65f, 0.70f })
                foreach (var crisisMargin in new[] { 0.02f, 0.04f, 0.06f, 0.08f, 0.10f })
                    foreach (var checkIn in new[] { 0.35f, 0.40f, 0.45f, 0.50f, 0.55f, 0.60f })
                        foreach (var checkInMargin in new[] { 0.0f, 0.01f, 0.015f, 0.02f, 0.03f, 0.04f, 0.06f })
                        {
                            var thresholds = new SafetyThresholds { CrisisSimilarity = crisis, CrisisMargin = crisisMargin, CheckInSimilarity = checkIn, CheckInMargin = checkInMargin };
                            var tiers = cases.Select(s => (s.Expected, Tier: Combine(s.Rules, s.Similarities.Select(x => SafetyClassifier.TierOf(x, thresholds))))).ToList();
                            var risky = tiers.Where(t => t.Expected != ExemplarLabel.Info).ToList();
                            var info = tiers.Where(t => t.Expected == ExemplarLabel.Info).ToList();
                            var crisisOnly = tiers.Where(t => t.Expected == ExemplarLabel.Crisis).ToList();
                            output.WriteLine($"{crisis,6:0.00} {crisisMargin,6:0.00} {checkIn,6:0.00} {checkInMargin,6:0.000}  " +
                                $"{Percent(Share(risky, t => t.Tier != SafetyTier.None)),7} {Percent(Share(crisisOnly, t => t.Tier == SafetyTier.Crisis)),7} " +
                                $"{Percent(Share(info, t => t.Tier == SafetyTier.Crisis)),7} {Percent(Share(info, t => t.Tier == SafetyTier.CheckIn)),8}");
                        }
        }
        return 0;
    }

    private static SafetyTier Combine(CrisisAssessment rules, IEnumerable<SafetyTier> semantic)
    {
        var tier = SafetyClassifier.SemanticTierGiven(rules, semantic.DefaultIfEmpty(SafetyTier.None).Max());
        return tier > rules.Tier ? tier : rules.Tier;
    }

    private static double Share<T>(IReadOnlyList<T> items, Func<T, bool> counts) => items.Count == 0 ? 1 : (double)items.Count(counts) / items.Count;

    private static string Percent(double value) => value.ToString("P1", CultureInfo.InvariantCulture);

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
