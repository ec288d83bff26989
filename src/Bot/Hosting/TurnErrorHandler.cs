using AwarenessBot.Content.Loading;
using AwarenessBot.Routing;
using AwarenessBot.Safety;
using AwarenessBot.Safety.Replies;
using AwarenessBot.Safety.Turn;
using AwarenessBot.Storage;
using AwarenessBot.Telemetry;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Hosting;

/// <summary>
/// What every adapter does when a turn throws: log it (never the message text), answer the
/// user with the hotline, and leave the conversation in a state that works next time.
/// The texts are code, not content, because content may be what failed.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, IContentProvider content, BotMetrics metrics, ILogger<TurnErrorHandler> logger)
{
    public const string Apology = "Sorry, something went wrong on my side. Let's start again: type **menu** to see the topics.\n\n" + Hotline.HelpNow;
    public const string ApologySpanish = "Perdón, algo falló de mi lado. Empecemos de nuevo: escribe **menú** para ver los temas.\n\n" + Hotline.HelpNowSpanish;

    public const string TroubleRemembering = "Sorry, I had trouble remembering our conversation just now. You can pick a topic below or ask your question again.\n\n" + Hotline.HelpNow;
    public const string TroubleRememberingSpanish = "Perdón, tuve problemas para recordar nuestra conversación. Puedes elegir un tema abajo o volver a hacer tu pregunta.\n\n" + Hotline.HelpNowSpanish;

    public const string CrossedMessages = "Sorry, two of your messages crossed and I missed one. Could you send it again?\n\n" + Hotline.HelpNow;
    public const string CrossedMessagesSpanish = "Perdón, dos de tus mensajes se cruzaron y me perdí uno. ¿Me lo puedes volver a mandar?\n\n" + Hotline.HelpNowSpanish;

    private static string InLanguage(ITurnContext turnContext, string english, string spanish) =>
        TurnLanguage.Of(turnContext) == Language.Spanish ? spanish : english;

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        if (Find<OperationCanceledException>(exception) is not null)
        {
            // The client went away (or the host is stopping): nobody to apologise to, and the dialog state is fine.
            logger.LogInformation("Turn on {Channel} was cancelled", turnContext.Activity?.ChannelId);
            return;
        }
        switch (Find<StorageConflictException>(exception) ?? (Exception?)Find<StorageUnavailableException>(exception))
        {
            case StorageConflictException:
                metrics.WriteRace();
                // Another turn of this conversation saved first; its state is the right one, so keep it.
                logger.LogWarning("Turn on {Channel} lost a state race; the user is asked to resend", turnContext.Activity?.ChannelId);
                await SendAsync(turnContext, InLanguage(turnContext, CrossedMessages, CrossedMessagesSpanish)).ConfigureAwait(false);
                return;
            case StorageUnavailableException unavailable:
                metrics.StorageError();
                logger.LogError("Turn on {Channel} could not use the state store: {Problem}", turnContext.Activity?.ChannelId, unavailable.Message);
                await SendAsync(turnContext, InLanguage(turnContext, TroubleRemembering, TroubleRememberingSpanish), withMenu: true).ConfigureAwait(false);
                return;
            default:
                logger.LogError("Turn failed on {Channel}: {ExceptionType} {StackTrace}", turnContext.Activity?.ChannelId, exception.GetType().FullName, exception.StackTrace);
                await SendAsync(turnContext, InLanguage(turnContext, Apology, ApologySpanish)).ConfigureAwait(false);
                await ClearConversationAsync(turnContext).ConfigureAwait(false);
                return;
        }
    }

    private async Task SendAsync(ITurnContext turnContext, string text, bool withMenu = false)
    {
        try
        {
            var titles = withMenu ? MenuTitles(turnContext) : [];
            await turnContext.SendActivityAsync(ChoiceMessages.Create(turnContext, text, titles)).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogError("Could not send the error reply: {ExceptionType}", e.GetType().FullName);
        }
    }

    /// <summary>The main menu's buttons, if the content can be read; none otherwise.</summary>
    private IReadOnlyList<string> MenuTitles(ITurnContext turnContext)
    {
        try
        {
            return content.For(turnContext).Text.Menu.Select(l => l.Title).ToList();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            return [];
        }
    }

    /// <summary>Clears the dialog state so the user is not stuck in a turn that keeps failing.</summary>
    private async Task ClearConversationAsync(ITurnContext turnContext)
    {
        try
        {
            await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogError("Could not clear the conversation state: {ExceptionType}", e.GetType().FullName);
        }
    }

    private static T? Find<T>(Exception exception) where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return exception is AggregateException aggregate ? aggregate.InnerExceptions.Select(Find<T>).FirstOrDefault(f => f is not null) : null;
    }
}
