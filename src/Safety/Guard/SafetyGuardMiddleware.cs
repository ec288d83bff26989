using AwarenessBot.Safety.Replies;
using AwarenessBot.Safety.Turn;
using AwarenessBot.Safety.Understanding;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Safety.Guard;

/// <summary>
/// Reads every incoming message, on every channel, before any dialog step, prompt or menu
/// (docs/architecture.md, "Safety"). It reads the message once for the whole turn (<see cref="TurnInput"/>)
/// and assesses it: a crisis message gets the fixed emergency response and nothing else runs for it;
/// a message that may be a disclosure gets the fixed check-in, and the turn goes on (the router only
/// remembers what was asked). Both replies are sent before state is saved, and the one read they wait for (the
/// user's language) gets a second at most, so a failing or hung store cannot stop them.
/// </summary>
public sealed class SafetyGuardMiddleware(ISafetyUnderstanding understanding, IKnownReplies knownReplies, IReplyLanguage languages, IDialogReset dialogs, ILogger<SafetyGuardMiddleware> logger) : IMiddleware
{
    /// <summary>How long the safety reply waits for the user's language before it goes out in the message's own.</summary>
    private static readonly TimeSpan LanguageReadLimit = TimeSpan.FromSeconds(1);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        var input = Understand(turnContext.Activity);
        turnContext.TurnState.Set(input);
        if (input.Safety.Tier == SafetyTier.None)
        {
            await languages.DecideAsync(turnContext, input.Understood.Text, cancellationToken).ConfigureAwait(false);
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        // The reply goes in the user's language; deciding it reads state, so it is bounded and can never stop the reply.
        var language = await LanguageAsync(turnContext, input, cancellationToken).ConfigureAwait(false);
        if (input.Safety.Tier == SafetyTier.Crisis)
        {
            logger.LogWarning("Crisis message detected (rules {Rules}, kind {Kind}); emergency response sent", string.Join(",", input.Safety.Signals.Rules), input.Safety.Kind);
            await turnContext.SendActivityAsync(EmergencyMessage.Create(language), cancellationToken).ConfigureAwait(false);
            await EndDialogsAsync(turnContext, cancellationToken).ConfigureAwait(false);
            return;
        }
        logger.LogInformation("Possible disclosure (rules {Rules}); check-in sent", string.Join(",", input.Safety.Signals.Rules));
        await turnContext.SendActivityAsync(CheckInMessage.Create(turnContext, language), cancellationToken).ConfigureAwait(false);
        await next(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The user's language for the safety reply: a Spanish rule means Spanish; a store that fails or hangs means the message's own language.</summary>
    private async Task<Language> LanguageAsync(ITurnContext turnContext, TurnInput input, CancellationToken cancellationToken)
    {
        try
        {
            var decided = await languages.DecideAsync(turnContext, input.Understood.Text, cancellationToken).WaitAsync(LanguageReadLimit, cancellationToken).ConfigureAwait(false);
            return input.Safety.Signals.Rules.Any(r => r.StartsWith("es-", StringComparison.Ordinal)) ? Language.Spanish : decided;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The user's language was not known in time ({ExceptionType}); the safety reply follows the message", e.GetType().Name);
            TurnLanguage.Set(turnContext, input.Safety.Language);
            return input.Safety.Language;
        }
    }

    /// <summary>
    /// The understanding step, with the rules on the raw text as the last resort: whatever fails in
    /// understanding (the model, a bug), the crisis rules still decide.
    /// </summary>
    private TurnInput Understand(IActivity activity)
    {
        var text = MessageText.Of(activity);
        try
        {
            // The rules first: a message they call a crisis gets the emergency response whatever the model would add.
            var rules = CrisisDetector.Assess(text);
            var understood = understanding.Understander.Understand(text, skipEmbedding: rules.IsCrisis || IsKnownReply(text));
            return new(text, understood, understanding.Safety.Assess(understood, rules));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Understanding failed ({ExceptionType}); the crisis rules decided alone", e.GetType().Name);
            var rules = CrisisDetector.Assess(text);
            var understood = new UnderstoodMessage(text, rules.Language, null, []);
            return new(text, understood, new SafetyAssessment(rules.Tier, rules.Kind, rules.Language, new(rules.Rules, null, SafetyTier.None)));
        }
    }

    /// <summary>
    /// A tap on one of the bot's own buttons, a command ("menu", "stop") or "I'm safe" needs no embedding: its meaning
    /// is known, and a word or two out of context embeds close to anything. The rules still read it.
    /// </summary>
    private bool IsKnownReply(string text)
    {
        try
        {
            return CheckInAnswers.Read(text) == CheckInAnswer.Safe || knownReplies.IsKnownReply(text);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Ends whatever dialog was running. Best effort: the user already has the response.</summary>
    private async Task EndDialogsAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await dialogs.EndDialogsAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError("Could not end the dialog after a crisis message: {ExceptionType}", e.GetType().Name);
        }
    }
}
