using AwarenessBot.Content.Model;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Dialogs.Awareness;

/// <summary>Follows a button: replaces the current dialog with the topic, dialog or menu it leads to.</summary>
public static class LinkNavigator
{
    public static async Task<DialogTurnResult> FollowAsync(DialogContext dc, ContentSet content, MenuLink link, CancellationToken cancellationToken)
    {
        switch (link.Kind)
        {
            case nameof(LinkKind.Topic) when content.FindTopic(link.Target) is { } topic:
                return await StartTopicAsync(dc, topic, cancellationToken).ConfigureAwait(false);
            case nameof(LinkKind.Dialog) when content.FindDialog(link.Target) is not null:
                return await dc.ReplaceDialogAsync(link.Target!, null, cancellationToken).ConfigureAwait(false);
            case nameof(LinkKind.MoreTopics):
                return await dc.ReplaceDialogAsync(AwarenessDialogIds.MoreTopics, null, cancellationToken).ConfigureAwait(false);
            case MenuLink.NoneKind:
                await dc.Context.SendActivityAsync(MessageFactory.Text(content.Text.NoMatch), cancellationToken).ConfigureAwait(false);
                return await dc.ReplaceDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
            default:
                // The main menu, or a link whose target disappeared in a content update.
                return await dc.ReplaceDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A topic with its own dialog starts that dialog; any other topic is shown with its follow-ups.</summary>
    public static Task<DialogTurnResult> StartTopicAsync(DialogContext dc, Topic topic, CancellationToken cancellationToken, bool replace = true)
    {
        var (id, options) = topic.Dialog is not null && dc.Dialogs.Find(topic.Dialog) is not null
            ? (topic.Dialog, (object?)null)
            : (AwarenessDialogIds.Topic, new TopicOptions(topic.Id));
        return replace ? dc.ReplaceDialogAsync(id, options, cancellationToken) : dc.BeginDialogAsync(id, options, cancellationToken);
    }
}

public sealed record TopicOptions([property: Newtonsoft.Json.JsonProperty("topic")] string Topic);
