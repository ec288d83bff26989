using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;
using YamlDotNet.RepresentationModel;

namespace AwarenessBot.Content.Loading;

/// <summary>
/// Reads one dialog script (YAML). Each step is one of:
/// <c>say</c>, <c>topic</c>, <c>pages</c>, <c>ask</c> (with <c>choices</c>), <c>confirm</c> (with <c>yes</c>/<c>no</c>),
/// <c>ask-text</c> (with <c>save</c>),
/// <c>audience</c>, <c>dialog</c>, or the single words <c>menu</c>, <c>end</c>, <c>emergency</c>.
/// </summary>
public static partial class DialogFileReader
{
    private static readonly HashSet<string> Keys = ["id", "title", "topic", "steps"];
    /// <summary>The step kinds, in the order the error messages list them, with the options each takes.</summary>
    private static readonly Dictionary<string, HashSet<string>> StepOptions = new()
    {
        ["say"] = [],
        ["topic"] = [],
        ["pages"] = ["next", "done", "limit"],
        ["ask"] = ["choices", "retry"],
        ["ask-text"] = ["save", "skip"],
        ["confirm"] = ["yes", "no", "retry"],
        ["audience"] = ["staff", "student"],
        ["dialog"] = [],
        ["menu"] = [],
        ["end"] = [],
        ["emergency"] = [],
    };

    public static DialogScript? Read(string displayPath, string text, ContentIssues issues)
    {
        var yaml = new YamlNodes(displayPath, lineOffset: 0, issues);
        var map = yaml.ParseMapping(text);
        if (map is null) return null;
        yaml.RejectUnknownKeys(map, Keys, "a dialog");
        var at = new SourceLocation(displayPath, 1);
        var id = yaml.Text(map, "id", required: true, at);
        var title = yaml.Text(map, "title", required: true, at);
        var topic = yaml.Text(map, "topic", required: false);
        if (!YamlNodes.Has(map, "steps")) issues.Error(at, "missing required field 'steps'");
        var steps = ReadSteps(yaml, yaml.Sequence(map, "steps"), allowPrompts: true);
        if (YamlNodes.Has(map, "steps") && steps.Count == 0) issues.Error(at, "the dialog has no steps");
        if (id is null || title is null) return null;
        return new DialogScript { Id = id, Title = title, Topic = topic, Steps = steps, Location = at };
    }

    private static List<ScriptStep> ReadSteps(YamlNodes yaml, IEnumerable<YamlNode> nodes, bool allowPrompts)
    {
        var steps = new List<ScriptStep>();
        foreach (var node in nodes)
            if (ReadStep(yaml, node, allowPrompts) is { } step) steps.Add(step);
        return steps;
    }

    private static ScriptStep? ReadStep(YamlNodes yaml, YamlNode node, bool allowPrompts)
    {
        var at = yaml.At(node);
        if (node is YamlScalarNode { Value: { } word })
        {
            switch (word.Trim())
            {
                case "menu": return new MenuStep(at);
                case "end": return new EndStep(at);
                case "emergency": return new EmergencyStep(at);
                default:
                    yaml.Issues.Error(at, $"unknown step '{word}' (a one-word step is menu, end or emergency)");
                    return null;
            }
        }
        if (node is not YamlMappingNode map)
        {
            yaml.Issues.Error(at, "a step should be 'kind: value', for example 'say: Hello'");
            return null;
        }

        var kinds = map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").Where(StepOptions.ContainsKey).ToList();
        if (kinds.Count != 1)
        {
            yaml.Issues.Error(at, kinds.Count == 0
                ? $"unknown step; a step starts with one of: {string.Join(", ", StepOptions.Keys)}"
                : $"a step can do one thing, this one has {string.Join(" and ", kinds)}");
            return null;
        }
        var kind = kinds[0];
        yaml.RejectUnknownKeys(map, new HashSet<string>([kind, .. StepOptions[kind]]), $"a '{kind}' step");
        if (!allowPrompts && kind is "ask" or "ask-text" or "confirm" or "audience" or "pages")
        {
            yaml.Issues.Error(at, $"a '{kind}' step cannot be inside a choice; put it in the main list of steps");
            return null;
        }

        return Parsers[kind](yaml, map, at);
    }

    /// <summary>One parser per step kind: the step's own key holds its main value, the others its options.</summary>
    private static readonly Dictionary<string, Func<YamlNodes, YamlMappingNode, SourceLocation, ScriptStep?>> Parsers = new()
    {
        ["menu"] = (_, _, at) => new MenuStep(at),
        ["end"] = (_, _, at) => new EndStep(at),
        ["emergency"] = (_, _, at) => new EmergencyStep(at),
        ["say"] = (yaml, map, at) => yaml.Text(map, "say", true) is { } say ? new SayStep(say, at) : null,
        ["topic"] = (yaml, map, at) => yaml.Text(map, "topic", true) is { } topic ? new TopicStep(topic, at) : null,
        ["dialog"] = (yaml, map, at) => yaml.Text(map, "dialog", true) is { } dialog ? new StartDialogStep(dialog, at) : null,
        ["pages"] = ReadPages,
        ["ask"] = ReadAsk,
        ["ask-text"] = ReadAskText,
        ["confirm"] = ReadConfirm,
        ["audience"] = ReadAudience,
    };

    // Button titles are words the user reads, so they come from the content, in its language: no defaults in code.

    private static PagesStep? ReadPages(YamlNodes yaml, YamlMappingNode map, SourceLocation at)
    {
        var topic = yaml.Text(map, "pages", true);
        var next = yaml.Text(map, "next", true, at);
        var done = yaml.Text(map, "done", true, at);
        var limitText = yaml.Text(map, "limit", false);
        var limit = 0;
        if (limitText is not null && (!int.TryParse(limitText, out limit) || limit < 1))
            yaml.Issues.Error(at, "'limit' should be a whole number of messages, 1 or more");
        return topic is null || next is null || done is null ? null : new PagesStep(topic, next, done, limit, at);
    }

    private static AskStep? ReadAsk(YamlNodes yaml, YamlMappingNode map, SourceLocation at)
    {
        var prompt = yaml.Text(map, "ask", true);
        var choices = yaml.Sequence(map, "choices").Select(c => ReadChoice(yaml, c)).OfType<ScriptChoice>().ToList();
        if (!YamlNodes.Has(map, "choices")) yaml.Issues.Error(at, "an 'ask' step needs 'choices'");
        return prompt is null ? null : new AskStep(prompt, choices, yaml.Text(map, "retry", false), at);
    }

    private static TextStep? ReadAskText(YamlNodes yaml, YamlMappingNode map, SourceLocation at)
    {
        var prompt = yaml.Text(map, "ask-text", true);
        var save = yaml.Text(map, "save", true, at);
        if (save is not null && !SaveName().IsMatch(save))
            yaml.Issues.Error(at, $"'save: {save}' should be one word of letters and digits, like person1");
        return prompt is null || save is null ? null : new TextStep(prompt, save, yaml.Text(map, "skip", false), at);
    }

    private static ConfirmStep? ReadConfirm(YamlNodes yaml, YamlMappingNode map, SourceLocation at)
    {
        var prompt = yaml.Text(map, "confirm", true);
        var yes = ReadSteps(yaml, yaml.Sequence(map, "yes"), allowPrompts: false);
        var no = ReadSteps(yaml, yaml.Sequence(map, "no"), allowPrompts: false);
        return prompt is null ? null : new ConfirmStep(prompt, yes, no, yaml.Text(map, "retry", false), at);
    }

    private static AudienceStep? ReadAudience(YamlNodes yaml, YamlMappingNode map, SourceLocation at)
    {
        var prompt = yaml.Text(map, "audience", true);
        var staff = yaml.Text(map, "staff", true, at);
        var student = yaml.Text(map, "student", true, at);
        return prompt is null || staff is null || student is null ? null : new AudienceStep(prompt, staff, student, at);
    }

    private static readonly HashSet<string> ChoiceKeys = ["title", "then", "topic", "dialog", "menu", "say", "end", "emergency"];

    /// <summary>A choice: a title and what it does, either as 'then:' steps or a shorthand (topic/dialog/menu/say).</summary>
    private static ScriptChoice? ReadChoice(YamlNodes yaml, YamlNode node)
    {
        var at = yaml.At(node);
        if (node is not YamlMappingNode map)
        {
            yaml.Issues.Error(at, "a choice needs 'title:' and what it does ('then:', 'topic:', 'dialog:', 'say:' or 'menu: true')");
            return null;
        }
        yaml.RejectUnknownKeys(map, ChoiceKeys, "a choice");
        var title = yaml.Text(map, "title", true);
        var then = new List<ScriptStep>();
        if (yaml.Text(map, "say", false) is { } say) then.Add(new SayStep(say, at));
        if (yaml.Text(map, "topic", false) is { } topic) then.Add(new TopicStep(topic, at));
        then.AddRange(ReadSteps(yaml, yaml.Sequence(map, "then"), allowPrompts: false));
        if (yaml.Text(map, "dialog", false) is { } dialog) then.Add(new StartDialogStep(dialog, at));
        if (YamlNodes.IsTrue(map, "menu")) then.Add(new MenuStep(at));
        if (YamlNodes.IsTrue(map, "end")) then.Add(new EndStep(at));
        if (YamlNodes.IsTrue(map, "emergency")) then.Add(new EmergencyStep(at));
        return title is null ? null : new ScriptChoice(title, then, at);
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial System.Text.RegularExpressions.Regex SaveName();
}
