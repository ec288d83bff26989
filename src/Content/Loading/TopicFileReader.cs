using System.Text;
using System.Text.RegularExpressions;
using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;

namespace AwarenessBot.Content.Loading;

/// <summary>
/// Reads one topic file: YAML front matter between two '---' lines, then a Markdown body.
/// In the body, a line '---' starts a new chat message, and the headings '# For staff',
/// '# For students' and '# For everyone' mark who the following messages are for.
/// </summary>
public static partial class TopicFileReader
{
    private static readonly HashSet<string> Keys = ["id", "title", "source", "audience", "questions", "keywords", "choices", "dialog"];

    public static Topic? Read(string displayPath, string text, ContentIssues issues)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            issues.Error(new(displayPath, 1), "a topic file must start with a '---' line, then its fields (id, title, source, questions), then '---'");
            return null;
        }
        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
        {
            issues.Error(new(displayPath, 1), "the fields at the top are not closed by a '---' line");
            return null;
        }

        var yaml = new YamlNodes(displayPath, lineOffset: 1, issues);
        var map = yaml.ParseMapping(string.Join('\n', lines[1..close]));
        if (map is null) return null;
        yaml.RejectUnknownKeys(map, Keys, "a topic");

        var at = new SourceLocation(displayPath, 1);
        var id = yaml.Text(map, "id", required: true, at);
        var title = yaml.Text(map, "title", required: true, at);
        var source = yaml.Text(map, "source", required: true, at);
        // Topics used to name an audience that nothing read; the "# For staff" and "# For students" parts of the body do that.
        if (YamlNodes.Get(map, "audience") is { } audience)
            issues.Warning(yaml.At(audience), "'audience' is not used: write the parts for staff or students under '# For staff' and '# For students'");
        var questions = yaml.TextList(map, "questions");
        if (questions.Count == 0) issues.Error(at, "missing required field 'questions' (example questions people ask about this topic)");
        var keywords = yaml.TextList(map, "keywords");
        var choices = yaml.Sequence(map, "choices").Select(yaml.ReadLink).OfType<Link>().ToList();
        var dialog = yaml.Text(map, "dialog", required: false);

        var bodyStart = close + 2; // 1-based line number of the first body line
        var body = ReadBody(lines[(close + 1)..], bodyStart, displayPath, issues);
        if (body.IsEmpty) issues.Error(new(displayPath, Math.Min(bodyStart, lines.Length)), "the topic has no body text");

        if (id is null || title is null || source is null) return null;
        return new Topic
        {
            Id = id,
            Title = title,
            Source = source,
            Questions = questions.Select(q => q.Value).ToList(),
            QuestionLines = questions.Select(q => q.Line).ToList(),
            Keywords = keywords.Select(k => k.Value).ToList(),
            Choices = choices,
            Dialog = dialog,
            Body = body,
            Location = at,
        };
    }

    private static TopicBody ReadBody(string[] lines, int firstLine, string file, ContentIssues issues)
    {
        var everyone = new List<string>();
        var staff = new List<string>();
        var student = new List<string>();
        var target = everyone;
        var current = new StringBuilder();

        void Flush()
        {
            var message = current.ToString().Trim();
            if (message.Length > 0) target.Add(message);
            current.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var heading = AudienceHeading().Match(line);
            if (heading.Success)
            {
                Flush();
                target = heading.Groups[1].Value.ToLowerInvariant() switch
                {
                    "staff" => staff,
                    "students" or "student" => student,
                    _ => everyone,
                };
                continue;
            }
            if (line.Trim() == "---")
            {
                Flush();
                continue;
            }
            if (line.TrimStart().StartsWith("# ", StringComparison.Ordinal))
                issues.Warning(new(file, firstLine + i), "a top-level heading other than '# For staff', '# For students' or '# For everyone' is shown as text");
            current.AppendLine(line);
        }
        Flush();
        return new TopicBody(everyone, staff, student);
    }

    [GeneratedRegex(@"^\s*#\s+for\s+(staff|students?|everyone)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AudienceHeading();
}
