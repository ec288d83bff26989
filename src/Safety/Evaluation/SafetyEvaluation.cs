using AwarenessBot.Safety.Semantic;

namespace AwarenessBot.Safety.Evaluation;

/// <summary>One line of a safety set: the label it should get and the message.</summary>
public sealed record SafetyCase(ExemplarLabel Expected, string Message, int Line);

/// <summary>What the classifier did with one case.</summary>
public sealed record SafetyOutcome(SafetyCase Case, SafetyAssessment Assessment)
{
    /// <summary>A crisis or concern message that got neither the emergency response nor the check-in.</summary>
    public bool Missed => Case.Expected != ExemplarLabel.Info && Assessment.Tier == SafetyTier.None;
    public bool FalseAlarm => Case.Expected == ExemplarLabel.Info && Assessment.Tier == SafetyTier.Crisis;
    public bool NeedlessCheckIn => Case.Expected == ExemplarLabel.Info && Assessment.Tier == SafetyTier.CheckIn;
    public bool Wrong => Missed || FalseAlarm || NeedlessCheckIn;
}

/// <summary>
/// A safety evaluation set (src/Safety/eval): "label TAB message" lines, label crisis | concern | info,
/// '#' comments and a "label TAB message" header.
/// </summary>
public static class SafetySet
{
    public static IReadOnlyList<SafetyCase> Read(string path)
    {
        var cases = new List<SafetyCase>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            if (raw.Trim().Length == 0 || raw.StartsWith('#')) continue;
            var parts = raw.Split('\t');
            if (parts.Length != 2) throw new FormatException($"{path}:{lineNumber}: expected a label (crisis, concern or info), a TAB, then the message");
            if (parts[0].Trim() == "label") continue;
            if (!Enum.TryParse<ExemplarLabel>(parts[0].Trim(), ignoreCase: true, out var label))
                throw new FormatException($"{path}:{lineNumber}: unknown label '{parts[0].Trim()}' (crisis, concern or info)");
            cases.Add(new(label, parts[1], lineNumber));
        }
        return cases;
    }
}

/// <summary>
/// The figures the project holds itself to (docs/content-guide.md, "Safety tiers"): recall on crisis
/// and concern messages, false alarms and needless check-ins on informational ones.
/// </summary>
public sealed class SafetyReport(string name, IReadOnlyList<SafetyOutcome> outcomes)
{
    public static SafetyReport Run(string name, IEnumerable<SafetyCase> cases, Func<string, SafetyAssessment> assess) =>
        new(name, cases.Select(c => new SafetyOutcome(c, assess(c.Message))).ToList());

    public string Name { get; } = name;
    public IReadOnlyList<SafetyOutcome> Outcomes { get; } = outcomes;

    private IEnumerable<SafetyOutcome> Labelled(ExemplarLabel label) => Outcomes.Where(o => o.Case.Expected == label);

    public int CrisisCount => Labelled(ExemplarLabel.Crisis).Count();
    public int ConcernCount => Labelled(ExemplarLabel.Concern).Count();
    public int InfoCount => Labelled(ExemplarLabel.Info).Count();

    /// <summary>Crisis messages that got the emergency response itself.</summary>
    public double CrisisTierRecall => Share(Labelled(ExemplarLabel.Crisis), o => o.Assessment.Tier == SafetyTier.Crisis);
    /// <summary>Concern messages that got the check-in or the emergency response.</summary>
    public double ConcernRecall => Share(Labelled(ExemplarLabel.Concern), o => !o.Missed);
    /// <summary>Crisis and concern messages that got the emergency response or the check-in: the floor that matters most.</summary>
    public double Recall => Share(Outcomes.Where(o => o.Case.Expected != ExemplarLabel.Info), o => !o.Missed);
    /// <summary>Informational messages that got the emergency response.</summary>
    public double FalseAlarmRate => Share(Labelled(ExemplarLabel.Info), o => o.FalseAlarm);
    /// <summary>Informational messages that got the check-in.</summary>
    public double CheckInRate => Share(Labelled(ExemplarLabel.Info), o => o.NeedlessCheckIn);

    public IEnumerable<SafetyOutcome> Mistakes => Outcomes.Where(o => o.Wrong);

    private static double Share(IEnumerable<SafetyOutcome> outcomes, Func<SafetyOutcome, bool> counts)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 1 : (double)list.Count(counts) / list.Count;
    }
}
