using System.Globalization;
using AwarenessBot.Content.Evaluation;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;
using AwarenessBot.ContentHosting;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Text;

namespace AwarenessBot.Cli;

/// <summary>
/// The content admins' tools (docs/content-guide.md):
/// <c>content validate [folder]</c>, <c>content test questions.tsv [--min-accuracy 0.95]</c>,
/// and <c>content preview topic-id</c>, each for one language (<c>--language en|es</c>) or all of them.
/// (<c>content unanswered</c>, listed in the usage, reads the bot's state store: <see cref="InsightsCommands"/>.)
/// </summary>
public static class ContentCommands
{
    public const string Usage =
        "usage:\n" +
        "  content validate [folder] [--language en|es]   check the content files (every language, and each against the other)\n" +
        "  content test <questions.tsv|.jsonl> [--min-accuracy 0.95] [--folder path] [--language en|es] [--sweep] [--explain]\n" +
        "                                                 batch-test how questions are answered (the language: from the file's name, else English);\n" +
        "                                                 --explain shows each miss with both halves' scores\n" +
        "  content preview <topic-id> [--folder path] [--language en|es]\n" +
        "                                                 show what the bot sends, per audience and language\n" +
        "  content unanswered [--top 20] [--days 30] [--language en|es]\n" +
        "                                                 the questions the bot could not answer (asked in at least three conversations)";

    public static int Run(string[] args, ContentOptions options, MatchingOptions matching, IEmbeddingModel? model, TextWriter output, TextWriter error)
    {
        var verb = args.Length > 0 ? args[0] : "";
        var rest = args.Skip(1).ToArray();
        try
        {
            return verb switch
            {
                "validate" => Validate(Folder(CliOptions.Positional(rest).FirstOrDefault(), options), LanguageOption(rest), output),
                "test" when CliOptions.Positional(rest).FirstOrDefault() is { } file && rest.Contains("--sweep") =>
                    Sweep(CliPaths.Resolve(file), LanguageFolder(rest, options, LanguageOption(rest) ?? LanguageOfFile(file)), model, output, error),
                "test" when CliOptions.Positional(rest).FirstOrDefault() is { } file && (LanguageOption(rest) ?? LanguageOfFile(file)) is var language =>
                    Test(CliPaths.Resolve(file), LanguageFolder(rest, options, language), matching.For(language), model, MinAccuracy(rest), rest.Contains("--explain"), output, error),
                "preview" when CliOptions.Positional(rest).FirstOrDefault() is { } topic => Preview(topic, Folder(CliOptions.Value(rest, "--folder"), options), LanguageOption(rest), output, error),
                _ => Fail(error, Usage),
            };
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return Fail(error, e.Message);
        }
    }

    /// <summary>One language's folder, or the whole content (every language, checked against each other).</summary>
    private static int Validate(string folder, Language? language, TextWriter output)
    {
        var target = language is { } one ? ContentLibraryLoader.FolderFor(folder, one) : folder;
        output.WriteLine($"Checking {target}");
        var (issues, topics, dialogs, languages) = language is null && !File.Exists(Path.Combine(folder, ContentLoader.BotFile))
            ? LoadAll(folder)
            : LoadOne(target);
        foreach (var issue in issues) output.WriteLine(issue);
        var errors = issues.Count(i => i.Severity == IssueSeverity.Error);
        var warnings = issues.Count - errors;
        output.WriteLine(errors == 0
            ? $"OK: {topics} topics, {dialogs} dialogs ({languages}), {warnings} warning(s)."
            : $"{errors} error(s), {warnings} warning(s). The bot will not use this content until the errors are fixed.");
        return errors == 0 ? 0 : 1;
    }

    private static (IReadOnlyList<ContentIssue> Issues, int Topics, int Dialogs, string Languages) LoadAll(string root)
    {
        var result = ContentLibraryLoader.Load(root);
        var english = result.Library?.English;
        return (result.Issues, english?.Topics.Count ?? 0, english?.Dialogs.Count ?? 0, string.Join(", ", result.Library?.Languages.Select(ContentLibraryLoader.FolderOf) ?? []));
    }

    private static (IReadOnlyList<ContentIssue> Issues, int Topics, int Dialogs, string Languages) LoadOne(string folder)
    {
        var result = ContentLoader.Load(folder);
        return (result.Issues, result.Content?.Topics.Count ?? 0, result.Content?.Dialogs.Count ?? 0, Path.GetFileName(folder.TrimEnd('/')));
    }

    private static int Test(string file, string folder, MatchThresholds thresholds, IEmbeddingModel? model, double minAccuracy, bool explain, TextWriter output, TextWriter error)
    {
        var load = ContentLoader.Load(folder, model);
        if (load.Content is null) return Fail(error, "The content has errors; run 'content validate' first.");
        var report = new BatchTestReport(load.Content, EvaluationSet.Read(file), thresholds);
        foreach (var unknown in report.UnknownTopics) output.WriteLine($"warning: the test file expects topic '{unknown}', which the content does not have");

        output.WriteLine($"{report.Outcomes.Count} questions ({report.InScopeCount} in scope, {report.OutOfScopeCount} out of scope)");
        output.WriteLine($"top-1 accuracy        {Percent(report.Top1Accuracy)}   (first answer right; out of scope counts when the bot says it doesn't know)");
        output.WriteLine($"top-3 accuracy        {Percent(report.Top3Accuracy)}");
        output.WriteLine($"in-scope top-1        {Percent(report.InScopeTop1)}");
        output.WriteLine($"out-of-scope handled  {Percent(report.OutOfScopeHandled)}");
        output.WriteLine($"\"Did you mean\" rate   {Percent(report.DidYouMeanRate)}   (in-scope questions answered with a choice)");
        output.WriteLine();
        output.WriteLine($"{"topic",-30} {"questions",9} {"precision",10} {"recall",8}");
        foreach (var topic in report.PerTopic.OrderBy(t => t.Recall).ThenBy(t => t.Precision))
            output.WriteLine($"{topic.TopicId,-30} {topic.Expected,9} {Percent(topic.Precision),10} {Percent(topic.Recall),8}");
        if (report.Confusions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Confusions, worst first (expected -> answered):");
            foreach (var (expected, predicted, count, examples) in report.Confusions)
                output.WriteLine($"  {count} x {expected} -> {predicted}: \"{string.Join("\", \"", examples)}\"");
        }
        if (explain) Explain(load.Content, report, thresholds, output);
        if (report.Top1Accuracy < minAccuracy)
        {
            output.WriteLine();
            output.WriteLine($"FAIL: top-1 accuracy {Percent(report.Top1Accuracy)} is below --min-accuracy {Percent(minAccuracy)}.");
            return 1;
        }
        return 0;
    }

    /// <summary>
    /// Why each miss went wrong: per topic, the word score (squashed to 0..1) and the sentence similarity
    /// (raw cosine; below the semantic floor it counts nothing), for the expected topic and the ones ranked above it.
    /// </summary>
    private static void Explain(ContentSet content, BatchTestReport report, MatchThresholds thresholds, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"Misses explained (words 0..1 | meaning: cosine, counts above {thresholds.SemanticFloor:0.00} | combined):");
        foreach (var miss in report.Outcomes.Where(o => !o.Top1))
        {
            var scores = content.Matcher.Score(miss.Case.Question);
            output.WriteLine($"  \"{miss.Case.Question}\"  expected {miss.Case.Expected}, got {miss.Predicted} ({miss.Verdict})");
            var shown = miss.Ranked.Take(3).Select(r => r.TopicId).Append(miss.Case.Expected).Where(t => t != EvaluationCase.None).Distinct();
            foreach (var topic in shown)
            {
                var words = thresholds.Combine(scores.Lexical.GetValueOrDefault(topic), null);
                var meaning = scores.Semantic?.GetValueOrDefault(topic);
                var combined = thresholds.Combine(scores.Lexical.GetValueOrDefault(topic), meaning);
                output.WriteLine($"      {topic,-30} words {words:0.00}  meaning {(meaning is { } m ? m.ToString("0.00") : "-"),4}  combined {combined:0.00}");
            }
        }
    }

    /// <summary>
    /// Top-1, out-of-scope and "Did you mean" rates for a grid of weights and thresholds, to choose the Matching
    /// settings. Each question is scored (and embedded) once; only the combination and the decision vary.
    /// </summary>
    private static int Sweep(string file, string folder, IEmbeddingModel? model, TextWriter output, TextWriter error)
    {
        var load = ContentLoader.Load(folder, model);
        if (load.Content is null) return Fail(error, "The content has errors; run 'content validate' first.");
        var content = load.Content;
        var scored = EvaluationSet.Read(file).Select(c => (c, content.Matcher.Score(c.Question))).ToList();
        output.WriteLine($"{"lexical",7} {"floor",5} {"confident",9} {"candidate",9} {"margin",6}  {"top-1",7} {"in-scope",8} {"out-of-scope",12} {"did-you-mean",12}");
        foreach (var weight in model is null ? [1.0] : new[] { 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0 })
            foreach (var floor in new[] { 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7 })
                foreach (var confident in new[] { 0.3, 0.35, 0.4, 0.45, 0.5, 0.55 })
                    foreach (var candidate in new[] { 0.2, 0.25, 0.3, 0.35 })
                        foreach (var margin in new[] { 0.0, 0.02, 0.04, 0.06 })
                        {
                            if (candidate > confident) continue;
                            var thresholds = new MatchThresholds { LexicalWeight = weight, SemanticFloor = floor, ConfidentScore = confident, CandidateScore = candidate, CloseMargin = margin };
                            var report = new BatchTestReport(content, scored, thresholds);
                            output.WriteLine($"{weight,7:0.00} {floor,5:0.00} {confident,9:0.00} {candidate,9:0.00} {margin,6:0.00}  {Percent(report.Top1Accuracy),7} {Percent(report.InScopeTop1),8} {Percent(report.OutOfScopeHandled),12} {Percent(report.DidYouMeanRate),12}");
                        }
        return 0;
    }

    private static int Preview(string topicId, string root, Language? language, TextWriter output, TextWriter error)
    {
        var languages = language is { } one ? [one] : ContentLibraryLoader.LanguageFolders(root).Select(f => f.Language).ToList();
        foreach (var each in languages)
        {
            var exit = Preview(topicId, ContentLibraryLoader.FolderFor(root, each), output, error);
            if (exit != 0) return exit;
        }
        return 0;
    }

    private static int Preview(string topicId, string folder, TextWriter output, TextWriter error)
    {
        var load = ContentLoader.Load(folder);
        if (load.Content is null) return Fail(error, "The content has errors; run 'content validate' first.");
        if (load.Content.FindTopic(topicId) is not { } topic)
            return Fail(error, $"No topic '{topicId}'. Topics: {string.Join(", ", load.Content.Topics.Keys.Order())}");
        output.WriteLine($"{topic.Title}  ({topic.Id}, source: {topic.Source})");
        if (topic.Dialog is not null) output.WriteLine($"Asking about it starts the dialog '{topic.Dialog}'.");
        foreach (var (audience, label) in new[] { (Audience.Staff, "school staff"), (Audience.Student, "students"), (Audience.All, "someone who has not said") })
        {
            output.WriteLine();
            output.WriteLine($"--- to {label} ---");
            foreach (var message in topic.MessagesFor(audience))
            {
                output.WriteLine("bot> " + message.Replace("\n", "\n     "));
                output.WriteLine();
            }
            if (topic.Choices.Count > 0)
                output.WriteLine($"bot> {load.Content.Text.FollowUpPrompt}  " + string.Join("  ", topic.Choices.Select(c => $"[{c.Title}]")));
        }
        return 0;
    }

    /// <summary>The folder typed on the command line, else the configured content folder.</summary>
    private static string Folder(string? typed, ContentOptions options) => typed is null ? options.ResolvedPath : CliPaths.Resolve(typed);

    /// <summary>The content folder of one language: --folder (a language folder, or the content root) or the configured one.</summary>
    private static string LanguageFolder(string[] args, ContentOptions options, Language language) =>
        ContentLibraryLoader.FolderFor(Folder(CliOptions.Value(args, "--folder"), options), language);

    private static Language? LanguageOption(string[] args) => CliOptions.Value(args, "--language")?.ToLowerInvariant() switch
    {
        null => null,
        "es" or "spanish" or "español" => Language.Spanish,
        "en" or "english" => Language.English,
        var other => throw new FormatException($"Unknown language '{other}': use en or es."),
    };

    /// <summary>A batch file for Spanish says so in its name ("questions-es-dev.tsv").</summary>
    private static Language LanguageOfFile(string file) =>
        Path.GetFileName(file).Split('-', '.', '_').Contains("es", StringComparer.OrdinalIgnoreCase) ? Language.Spanish : Language.English;

    private static double MinAccuracy(string[] args)
    {
        var text = CliOptions.Value(args, "--min-accuracy");
        if (text is null) return 0;
        var value = double.Parse(text.TrimEnd('%'), CultureInfo.InvariantCulture);
        return value > 1 ? value / 100 : value;
    }

    private static string Percent(double value) => value.ToString("P1", CultureInfo.InvariantCulture);

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        return 2;
    }
}
