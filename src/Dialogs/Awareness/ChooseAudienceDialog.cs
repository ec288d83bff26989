using AwarenessBot.Content.Model;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Dialogs.Awareness;

/// <summary>
/// Sets who the user is (school staff, or a student or friend), confirms it and shows the menu.
/// Started with an <see cref="Audience"/> when the user already said it ("I'm a teacher"),
/// or with none to ask ("change audience").
/// </summary>
public sealed class ChooseAudienceDialog : WaterfallDialog
{
    private readonly ContentSet _content;
    private readonly BotMemory _memory;

    public ChooseAudienceDialog(ContentSet content, BotMemory memory) : base(AwarenessDialogIds.ChooseAudience)
    {
        _content = content;
        _memory = memory;
        AddStep(AskAsync);
        AddStep(ConfirmAsync);
    }

    /// <summary>The choices of every "staff or student?" question, with the words that also pick them.</summary>
    public static List<Choice> Choices(string staffLabel, string studentLabel) =>
    [
        new(staffLabel, "staff", "school staff", "teacher", "counselor", "educator", "employee", "maestro", "maestra", "personal"),
        new(studentLabel, "student", "friend", "kid", "teen", "estudiante", "alumno", "alumna", "amigo", "amiga"),
    ];

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var stated = step.Options<Audience?>();
        if (stated is Audience.Staff or Audience.Student) return await step.NextAsync(stated, cancellationToken).ConfigureAwait(false);
        return await step.PromptAsync(AwarenessDialogIds.ChoicePrompt, new PromptOptions
        {
            Prompt = _content.Text.AudienceQuestion,
            RetryPrompt = _content.Text.ChoiceRetry,
            Choices = Choices(_content.Text.StaffButton, _content.Text.StudentButton),
            MaxRetries = PromptRetries.Question,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        Audience? audience = step.Result switch
        {
            Audience a => a,
            FoundChoice found => found.Index == 0 ? Audience.Staff : Audience.Student,
            _ => null,
        };
        if (audience is null) return await step.EndDialogAsync(step.Result as UnrecognizedInput, cancellationToken).ConfigureAwait(false);
        await _memory.SetAudienceAsync(step.Context, audience.Value, cancellationToken).ConfigureAwait(false);
        var confirmation = audience == Audience.Staff ? _content.Text.AudienceNowStaff : _content.Text.AudienceNowStudent;
        await step.Context.SendActivityAsync(MessageFactory.Text(confirmation), cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
    }
}
