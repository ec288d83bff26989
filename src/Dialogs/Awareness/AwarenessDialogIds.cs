namespace AwarenessBot.Dialogs.Awareness;

/// <summary>Ids of the built-in dialogs. Script dialogs use their own ids (e.g. "how-to-report").</summary>
public static class AwarenessDialogIds
{
    public const string MainMenu = "awareness.main-menu";
    public const string MoreTopics = "awareness.more-topics";
    public const string Topic = "awareness.topic";
    public const string DidYouMean = "awareness.did-you-mean";
    public const string Pager = "awareness.pager";
    public const string ChooseAudience = "awareness.choose-audience";
    public const string ChoicePrompt = "awareness.choice";
    public const string ConfirmPrompt = "awareness.confirm";
    public const string TextPrompt = "awareness.text";
}
