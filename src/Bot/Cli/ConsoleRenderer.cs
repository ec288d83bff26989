using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Cli;

/// <summary>Prints bot messages as plain text, with buttons as a numbered list the user can answer by number.</summary>
public static partial class ConsoleRenderer
{
    public static void Print(IEnumerable<Activity> activities, TextWriter output)
    {
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            var text = Plain(activity.Text);
            var buttons = Buttons(activity).ToList();
            foreach (var card in activity.Attachments ?? [])
                if (JObject.FromObject(card.Content ?? new object()).Value<string>("text") is { Length: > 0 } cardText && cardText != activity.Text)
                    text += "\n" + Plain(cardText);
            output.WriteLine("bot> " + text.Replace("\n", "\n     "));
            for (var i = 0; i < buttons.Count; i++) output.WriteLine($"     [{i + 1}] {buttons[i]}");
            output.WriteLine();
        }
    }

    private static IEnumerable<string> Buttons(Activity activity)
    {
        foreach (var action in activity.SuggestedActions?.Actions ?? []) yield return Describe(action);
        foreach (var attachment in activity.Attachments ?? [])
            if (attachment.Content is HeroCard hero)
                foreach (var action in hero.Buttons ?? []) yield return Describe(action);
    }

    private static string Describe(CardAction action) =>
        action.Type == ActionTypes.OpenUrl ? $"{action.Title} ({action.Value})" : action.Title;

    private static string Plain(string? markdown) => Bold().Replace(markdown ?? "", "$1");

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
