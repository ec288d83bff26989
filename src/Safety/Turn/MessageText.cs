using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Safety.Turn;

/// <summary>
/// What a user "said" in an activity, wherever the channel put it: the message text, or for a card
/// button (messageBack, Adaptive Card submit) whose text is null, the value it carries; without the
/// bot's own @mention ("&lt;at&gt;AwarenessBot&lt;/at&gt;", as Teams channels and group chats send it).
/// Trimmed, never null. Read once per turn, into <see cref="TurnInput"/>.
/// </summary>
public static class MessageText
{
    public static string Of(IActivity activity) =>
        activity is IMessageActivity message ? WithoutRecipientMention(message, Said(message)) : "";

    private static string Said(IMessageActivity message)
    {
        if (!string.IsNullOrWhiteSpace(message.Text)) return message.Text.Trim();
        return message.Value switch
        {
            string s => s.Trim(),
            JObject o => (o.Value<string>("choice") ?? o.Value<string>("text") ?? o.Value<string>("value") ?? "").Trim(),
            JValue { Type: JTokenType.String } v => ((string?)v ?? "").Trim(),
            _ => "",
        };
    }

    /// <summary>Tolerates malformed mention entities, which the SDK's RemoveRecipientMention does not (it throws on a mention without "mentioned").</summary>
    private static string WithoutRecipientMention(IMessageActivity activity, string text)
    {
        if (string.IsNullOrEmpty(text) || activity.Entities is null || activity.Recipient?.Id is not { } botId) return text;
        foreach (var entity in activity.Entities.Where(e => e?.Type == "mention"))
        {
            var json = JObject.FromObject(entity);
            if ((json["mentioned"] as JObject)?["id"]?.ToString() != botId || json.Value<string>("text") is not { Length: > 0 } mentionText) continue;
            text = text.Replace(mentionText, "", StringComparison.OrdinalIgnoreCase);
        }
        return text.Trim();
    }
}
