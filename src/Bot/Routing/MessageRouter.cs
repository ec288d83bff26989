using AwarenessBot.Analytics;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;
using AwarenessBot.Dialogs;
using AwarenessBot.Dialogs.Awareness;
using AwarenessBot.Safety;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Routing;

/// <summary>
/// Where a user's message goes once it is known not to be a crisis: global commands first,
/// then the dialog in progress, then the topic matcher. Records the route for the trace.
/// </summary>
public sealed class MessageRouter(IContentProvider contentProvider, DialogSetCache dialogSets, IOptions<MatchThresholds> matching, UnansweredLog unanswered, BotMemory memory)
{
    public async Task RouteAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var content = contentProvider.Current;
        // The content is in English; a Spanish speaker is told once, with the hotline that speaks Spanish.
        if (LanguageGuesser.Guess(text) == CrisisLanguage.Spanish && await memory.FirstSpanishAsync(turnContext, cancellationToken).ConfigureAwait(false))
            await turnContext.SendActivityAsync(MessageFactory.Text(content.Text.SpanishNote), cancellationToken).ConfigureAwait(false);
        var dc = await dialogSets.For(content).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var route = RouteOf(turnContext);
        turnContext.TurnState.Set<IInterruptionDetector>(new TopicInterruption(content.Matcher, matching.Value));

        switch (GlobalCommands.Recognize(text))
        {
            case GlobalCommand.Menu:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.Cancel:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await turnContext.SendActivityAsync(MessageFactory.Text(content.Text.Cancelled), cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.ChooseAudience:
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(AwarenessDialogIds.ChooseAudience, null, cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.Help:
                await ReplyThenResumeAsync(dc, content.Text.Help, cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.Greeting:
                await ReplyThenResumeAsync(dc, content.Text.Greeting, cancellationToken).ConfigureAwait(false);
                break;
            case GlobalCommand.Thanks:
                await ReplyThenResumeAsync(dc, content.Text.Thanks, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await ContinueOrAnswerAsync(dc, content, text, cancellationToken).ConfigureAwait(false);
                break;
        }
        RecordDialog(dc, route, keepTopic: route.Topic is not null);
    }

    /// <summary>Shows the main menu (after the welcome, or when state was lost).</summary>
    public async Task ShowMenuAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await dialogSets.For(contentProvider.Current).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
        RecordDialog(dc, RouteOf(turnContext), keepTopic: false);
    }

    /// <summary>Answers a small-talk or help message, then asks again whatever was being asked (or shows the menu).</summary>
    private static async Task ReplyThenResumeAsync(DialogContext dc, string reply, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is null) await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
        else await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task ContinueOrAnswerAsync(DialogContext dc, ContentSet content, string text, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            DialogTurnResult result;
            try
            {
                result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DialogNotFoundException)
            {
                // Saved state names a dialog the content no longer has: start again rather than fail every turn.
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await dc.Context.SendActivityAsync(MessageFactory.Text(content.Text.StepRemoved), cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
                return;
            }
            // The dialog could not read the answer and handed it back: answer it as a question.
            if (result.Result is not UnrecognizedInput unrecognized) return;
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            text = unrecognized.Text;
        }
        await AnswerAsync(dc, content, text, cancellationToken).ConfigureAwait(false);
    }

    private async Task AnswerAsync(DialogContext dc, ContentSet content, string text, CancellationToken cancellationToken)
    {
        var route = RouteOf(dc.Context);
        if (AudienceStatements.Recognize(text) is { } audience)
        {
            await dc.BeginDialogAsync(AwarenessDialogIds.ChooseAudience, audience, cancellationToken).ConfigureAwait(false);
            return;
        }
        if (MenuChoiceFor(content, text) is { } link)
        {
            await LinkNavigator.FollowAsync(dc, content, link, cancellationToken).ConfigureAwait(false);
            return;
        }

        var match = content.Matcher.Match(text, matching.Value);
        route.Score = match.Best?.Score ?? 0;
        route.Alternatives = match.Ranked.Skip(1).Take(3).Select(r => (r.TopicId, r.Score)).ToList();
        switch (match.Verdict)
        {
            case MatchVerdict.Confident when content.FindTopic(match.Best!.TopicId) is { } topic:
                route.Topic = topic.Id;
                await LinkNavigator.StartTopicAsync(dc, topic, cancellationToken, replace: false).ConfigureAwait(false);
                break;
            case MatchVerdict.CloseCall:
                var candidates = match.Candidates(matching.Value.CandidateScore).Select(c => c.TopicId).ToList();
                route.Alternatives = match.Ranked.Take(3).Select(r => (r.TopicId, r.Score)).ToList();
                await dc.BeginDialogAsync(AwarenessDialogIds.DidYouMean, candidates, cancellationToken).ConfigureAwait(false);
                break;
            default:
                unanswered.Record(text);
                await dc.Context.SendActivityAsync(MessageFactory.Text(content.Text.NoMatch), cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>A main-menu button typed out ("More topics", "red signs") when no menu is showing.</summary>
    private static MenuLink? MenuChoiceFor(ContentSet content, string text)
    {
        var normalized = string.Join(' ', TextNormalizer.Words(text));
        var link = content.Text.Menu.FirstOrDefault(l => string.Join(' ', TextNormalizer.Words(l.Title)) == normalized);
        return link is null ? null : MenuLink.From(link);
    }

    /// <summary>Notes the flow the user is now in, and, on a turn that continued a flow, that flow's topic.</summary>
    private static void RecordDialog(DialogContext dc, RouteInfo route, bool keepTopic)
    {
        var root = dc.RootDialog;
        route.Dialog = root?.Id;
        if (!keepTopic && root is not null && dc.Dialogs.Find(root.Id) is ITopicDialog topicDialog)
            route.Topic = topicDialog.TopicOf(root);
    }

    private static RouteInfo RouteOf(ITurnContext turnContext) => RouteInfo.Of(turnContext);
}
