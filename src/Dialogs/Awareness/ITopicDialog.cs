namespace AwarenessBot.Dialogs.Awareness;

/// <summary>A dialog that teaches a topic; the Route trace reports that topic while it runs.</summary>
public interface ITopicDialog
{
    string? TopicOf(DialogInstance instance);
}
