using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Teams;

/// <summary>
/// The text of a Teams channel or group message without the bot's own @mention
/// ("&lt;at&gt;AwarenessBot&lt;/at&gt;"), trimmed. Tolerates malformed mention entities, which the
/// SDK's RemoveRecipientMention does not (it throws on a mention without "mentioned").
/// </summary>
public static class MentionStripper
{
    public static string WithoutRecipientMention(IMessageActivity activity, string text)
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
