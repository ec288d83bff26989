using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Teams;

/// <summary>
/// Removes the bot's own @mention ("&lt;at&gt;AwarenessBot&lt;/at&gt;") from a Teams channel or group
/// message, then trims. Tolerates malformed mention entities, which the SDK's
/// RemoveRecipientMention does not (it throws on a mention without "mentioned").
/// </summary>
public static class MentionStripper
{
    public static void StripRecipientMention(IMessageActivity activity)
    {
        if (string.IsNullOrEmpty(activity.Text) || activity.Entities is null || activity.Recipient?.Id is not { } botId) return;
        var text = activity.Text;
        foreach (var entity in activity.Entities.Where(e => e?.Type == "mention"))
        {
            var json = JObject.FromObject(entity);
            if (json["mentioned"]?["id"]?.ToString() != botId || json.Value<string>("text") is not { Length: > 0 } mentionText) continue;
            text = text.Replace(mentionText, "", StringComparison.OrdinalIgnoreCase);
        }
        activity.Text = text.Trim();
    }
}
