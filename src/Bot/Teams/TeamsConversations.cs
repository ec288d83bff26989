using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Teams;

/// <summary>Facts about a Teams conversation the bot acts on: its scope and whether the bot was @mentioned.</summary>
public static class TeamsConversations
{
    public static bool IsTeams(IActivity activity) => activity.ChannelId == Channels.Msteams;

    /// <summary>A team channel or a group chat, where people talk to each other and the bot answers only when @mentioned.</summary>
    public static bool IsShared(IActivity activity) =>
        IsTeams(activity) && activity.Conversation?.ConversationType is "channel" or "groupChat";

    /// <summary>Whether the message @mentions the bot (tolerating malformed mention entities).</summary>
    public static bool MentionsBot(IMessageActivity activity) =>
        activity.Recipient?.Id is { } botId && (activity.Entities ?? []).Any(e =>
            e?.Type == "mention" && JObject.FromObject(e)["mentioned"]?["id"]?.ToString() == botId);
}
