using AwarenessBot.Content.Model;

namespace AwarenessBot.Dialogs.Awareness;

/// <summary>Builds the dialog set for one content set: the prompts, the built-in menus and a dialog per script.</summary>
public static class AwarenessDialogs
{
    public static DialogSet Create(ContentSet content, BotMemory memory)
    {
        var set = new DialogSet(memory.DialogState)
            .Add(new ChoicePrompt(AwarenessDialogIds.ChoicePrompt))
            .Add(new ConfirmPrompt(AwarenessDialogIds.ConfirmPrompt, content.Text.YesButton, content.Text.NoButton))
            .Add(new TextPrompt(AwarenessDialogIds.TextPrompt))
            .Add(new MainMenuDialog(content))
            .Add(new MoreTopicsDialog(content))
            .Add(new DidYouMeanDialog(content))
            .Add(new TopicDialog(content, memory))
            .Add(new PagerDialog(content, memory))
            .Add(new ChooseAudienceDialog(content, memory));
        foreach (var script in content.Dialogs.Values) set.Add(new ScriptedDialog(script, content, memory));
        return set;
    }
}
