using AwarenessBot.Content.Model;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Dialogs.Awareness;

/// <summary>Sends a topic's messages for an audience, one chat bubble each.</summary>
public static class TopicSender
{
    public static async Task SendAsync(ITurnContext turnContext, Topic topic, Audience audience, CancellationToken cancellationToken)
    {
        var activities = topic.MessagesFor(audience).Select(m => (IActivity)MessageFactory.Text(m)).ToArray();
        if (activities.Length > 0) await turnContext.SendActivitiesAsync(activities, cancellationToken).ConfigureAwait(false);
    }
}
