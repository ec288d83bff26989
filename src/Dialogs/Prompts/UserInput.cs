using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Dialogs;

/// <summary>
/// The text a user "said", wherever the channel put it: the message text, or for a card
/// button (messageBack, Adaptive Card submit) whose text is null, the value it carries.
/// Never null.
/// </summary>
public static class UserInput
{
    public static string TextOf(IActivity activity)
    {
        if (activity is not IMessageActivity message) return "";
        if (!string.IsNullOrWhiteSpace(message.Text)) return message.Text.Trim();
        return message.Value switch
        {
            string s => s.Trim(),
            JObject o => (o.Value<string>("choice") ?? o.Value<string>("text") ?? o.Value<string>("value") ?? "").Trim(),
            JValue { Type: JTokenType.String } v => ((string?)v ?? "").Trim(),
            _ => "",
        };
    }
}
