using AwarenessBot.Safety.Understanding;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Safety.Guard;

// What the guard needs from the rest of the bot, each behind a small interface, so the crisis path
// builds and is tested without content, dialogs or routing (docs/architecture.md, "Safety").

/// <summary>The understanding step: the understander (with the sentence model, if it loaded) and the safety classifier.</summary>
public interface ISafetyUnderstanding
{
    MessageUnderstander Understander { get; }
    SafetyClassifier Safety { get; }
}

/// <summary>A tap on one of the bot's buttons or a command: its meaning is known, so it needs no embedding.</summary>
public interface IKnownReplies
{
    bool IsKnownReply(string text);
}

/// <summary>Decides the language this turn answers in (and sets <see cref="Turn.TurnLanguage"/>); may read state.</summary>
public interface IReplyLanguage
{
    Task<Language> DecideAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken);
}

/// <summary>Ends whatever dialog was running (a crisis message ends it); saving is the pipeline's job.</summary>
public interface IDialogReset
{
    Task EndDialogsAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
