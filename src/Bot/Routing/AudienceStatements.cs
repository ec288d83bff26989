using System.Text.RegularExpressions;
using AwarenessBot.Content.Model;
using AwarenessBot.Text;

namespace AwarenessBot.Routing;

/// <summary>"I'm a teacher", "I'm a student", "soy estudiante": a user saying who they are.</summary>
public static partial class AudienceStatements
{
    public static Audience? Recognize(string? text)
    {
        var normalized = string.Join(' ', TextNormalizer.Words(text));
        if (Staff().IsMatch(normalized)) return Audience.Staff;
        if (Student().IsMatch(normalized)) return Audience.Student;
        return null;
    }

    [GeneratedRegex(@"^(i am|im|i m|soy)( a| an| un| una)? (school )?(teacher|staff|staff member|counselor|counsellor|administrator|admin|principal|educator|school nurse|nurse|coach|social worker|psychologist|employee|maestro|maestra|profesor|profesora|consejero|consejera)( here| at (a|the|my) school)?$|^i work (at|in|for) (a|the) (school|district)$")]
    private static partial Regex Staff();

    [GeneratedRegex(@"^(i am|im|i m|soy)( a| an| un| una)? (student|kid|teen|teenager|high schooler|middle schooler|minor|estudiante|alumno|alumna)$")]
    private static partial Regex Student();
}
