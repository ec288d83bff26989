using AwarenessBot.Analytics;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;
using AwarenessBot.Dialogs;
using AwarenessBot.Dialogs.Awareness;
using AwarenessBot.Safety;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Routing;

/// <summary>
/// Where a user's message goes once it is known not to be a crisis: global commands first,
/// then the dialog in progress, then the topic matcher. Records the route for the trace.
/// </summary>
public sealed class MessageRouter(IContentProvider contentProvider, DialogSetCache dialogSets, IOptions<MatchingOptions> matching, InsightsRecorder insights, BotMemory memory, LanguagePreference languages)
{
    public async Task RouteAsync(ITurnContext turnContext, TurnInput input, CancellationToken cancellationToken)
    {
        var text = input.Text;
        if (GlobalCommands.Recognize(text) is GlobalCommand.Spanish or GlobalCommand.English)
        {
            await SwitchLanguageAsync(turnContext, GlobalCommands.Recognize(text) == GlobalCommand.Spanish ? Language.Spanish : Language.English, cancellationToken).ConfigureAwait(false);
            return;
        }
        var content = contentProvider.For(turnContext);
        if (input.Safety.Tier == SafetyTier.CheckIn)
        {
            await RememberCheckInAsync(turnContext, content, input, cancellationToken).ConfigureAwait(false);
            return;
        }
        await RouteMessageAsync(turnContext, content, input, cancellationToken).ConfigureAwait(false);
        await OfferLanguageAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"español", "English": the user's choice stands from now on; the bot says so in the new language and shows the menu.</summary>
    private async Task SwitchLanguageAsync(ITurnContext turnContext, Language language, CancellationToken cancellationToken)
    {
        await languages.SwitchAsync(turnContext, language, cancellationToken).ConfigureAwait(false);
        var content = contentProvider.For(language);
        await turnContext.SendActivityAsync(MessageFactory.Text(content.Text.LanguageSwitched), cancellationToken).ConfigureAwait(false);
        var dc = await dialogSets.For(content).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
        RecordDialog(dc, RouteOf(turnContext), keepTopic: false);
    }

    /// <summary>A message in the other language was answered in it: offer, once a conversation, to go on in that language.</summary>
    private async Task OfferLanguageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<LanguageDecision>() is not { Differs: true } decision || !contentProvider.Library.Has(decision.Language)) return;
        if (!await memory.FirstLanguageOfferAsync(turnContext, cancellationToken).ConfigureAwait(false)) return;
        var text = contentProvider.For(decision.Language).Text;
        await turnContext.SendActivityAsync(ChoiceMessages.Create(turnContext, text.LanguageOffer, [text.LanguageButton]), cancellationToken).ConfigureAwait(false);
    }

    private async Task RouteMessageAsync(ITurnContext turnContext, ContentSet content, TurnInput input, CancellationToken cancellationToken)
    {
        var text = input.Text;
        var dc = await dialogSets.For(content).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var route = RouteOf(turnContext);
        if (await memory.TakePendingCheckInAsync(turnContext, cancellationToken).ConfigureAwait(false) is { } checkIn
            && await AnswerCheckInAsync(dc, content, checkIn, text, cancellationToken).ConfigureAwait(false))
        {
            RecordDialog(dc, route, keepTopic: route.Topic is not null);
            return;
        }

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
                await ContinueOrAnswerAsync(dc, content, input, cancellationToken).ConfigureAwait(false);
                break;
        }
        RecordDialog(dc, route, keepTopic: route.Topic is not null);
    }

    /// <summary>Shows the main menu (after the welcome, or when state was lost).</summary>
    public async Task ShowMenuAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await dialogSets.For(contentProvider.For(turnContext)).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// The guard has asked "are you safe right now?": remember what was asked (its topic, never its text)
    /// so the bot can carry on after "I'm safe". Nothing else happens this turn.
    /// </summary>
    private async Task RememberCheckInAsync(ITurnContext turnContext, ContentSet content, TurnInput input, CancellationToken cancellationToken)
    {
        var match = content.Matcher.Match(input.Understood, matching.Value.For(TurnLanguage.Of(turnContext)));
        var topic = match.Verdict == MatchVerdict.Confident ? match.Best!.TopicId : null;
        await memory.SetPendingCheckInAsync(turnContext, new PendingCheckIn(topic, input.Safety.Language), cancellationToken).ConfigureAwait(false);
        var dc = await dialogSets.For(content).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        RecordDialog(dc, RouteOf(turnContext), keepTopic: false);
    }

    /// <summary>
    /// An answer to the check-in: "I'm safe" carries on with what was asked (its topic, or the dialog
    /// that was waiting, or the menu); "no" gets the emergency response. Anything else is a new message.
    /// </summary>
    private async Task<bool> AnswerCheckInAsync(DialogContext dc, ContentSet content, PendingCheckIn checkIn, string text, CancellationToken cancellationToken)
    {
        switch (CheckInAnswers.Read(text))
        {
            case CheckInAnswer.Safe:
                await dc.Context.SendActivityAsync(MessageFactory.Text(CheckInResponse.SafeReplyFor(checkIn.Language)), cancellationToken).ConfigureAwait(false);
                if (content.FindTopic(checkIn.Topic) is { } topic)
                {
                    await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                    RouteOf(dc.Context).Topic = topic.Id;
                    await LinkNavigator.StartTopicAsync(dc, topic, cancellationToken, replace: false).ConfigureAwait(false);
                }
                else if (dc.ActiveDialog is not null) await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                else await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
                return true;
            case CheckInAnswer.NotSafe:
                RouteOf(dc.Context).Safety = new SafetyAssessment(SafetyTier.Crisis, CrisisKind.CallForHelp, checkIn.Language, new(["check-in-answer"], null, SafetyTier.None));
                await dc.Context.SendActivityAsync(EmergencyMessage.Create(checkIn.Language), cancellationToken).ConfigureAwait(false);
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return false;
        }
    }

    private async Task ContinueOrAnswerAsync(DialogContext dc, ContentSet content, TurnInput input, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is not null)
        {
            var offered = dc.RootDialog?.Id == AwarenessDialogIds.DidYouMean;
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
            // The dialog could not read the answer and handed it back: it is a new message.
            if (result.Result is not UnrecognizedInput)
            {
                if (offered && dc.RootDialog is { } root && dc.Dialogs.Find(root.Id) is ITopicDialog) RouteOf(dc.Context).Outcome = TurnOutcome.DidYouMeanChosen;
                return;
            }
            await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }
        await AnswerAsync(dc, content, input, cancellationToken).ConfigureAwait(false);
    }

    private async Task AnswerAsync(DialogContext dc, ContentSet content, TurnInput input, CancellationToken cancellationToken)
    {
        var text = input.Text;
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

        var match = content.Matcher.Match(input.Understood, matching.Value.For(TurnLanguage.Of(dc.Context)));
        if (match.Verdict == MatchVerdict.NoMatch && await InTheOtherLanguageAsync(dc, input, cancellationToken).ConfigureAwait(false) is { } other)
            (dc, content, match) = other;
        route.Score = match.Best?.Score ?? 0;
        route.Alternatives = match.Ranked.Skip(1).Take(MatchResult.MaxOffered).Select(r => (r.TopicId, r.Score)).ToList();
        switch (match.Verdict)
        {
            case MatchVerdict.Confident when content.FindTopic(match.Best!.TopicId) is { } topic:
                route.Topic = topic.Id;
                route.Outcome = TurnOutcome.Answer;
                await LinkNavigator.StartTopicAsync(dc, topic, cancellationToken, replace: false).ConfigureAwait(false);
                break;
            case MatchVerdict.CloseCall:
                var candidates = match.Candidates(matching.Value.For(TurnLanguage.Of(dc.Context)).CandidateScore).Select(c => c.TopicId).ToList();
                route.Alternatives = match.Ranked.Take(MatchResult.MaxOffered).Select(r => (r.TopicId, r.Score)).ToList();
                route.Outcome = TurnOutcome.DidYouMean;
                await dc.BeginDialogAsync(AwarenessDialogIds.DidYouMean, candidates, cancellationToken).ConfigureAwait(false);
                break;
            default:
                route.Outcome = TurnOutcome.Fallback;
                insights.Unanswered(text, TurnLanguage.Of(dc.Context), dc.Context.Activity.Conversation?.Id);
                await dc.Context.SendActivityAsync(MessageFactory.Text(content.Text.NoMatch), cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>
    /// A message whose words say nothing about its language ("mitos?", "csec") and that the user's language cannot
    /// answer may be a question in the other one: if the other language answers it confidently, answer in it (and
    /// offer to switch, as for any message in the other language).
    /// </summary>
    private async Task<(DialogContext, ContentSet, MatchResult)?> InTheOtherLanguageAsync(DialogContext dc, TurnInput input, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(dc.Context);
        var other = language == Language.Spanish ? Language.English : Language.Spanish;
        if (LanguageGuesser.GuessClearly(input.Understood.Text) is not null || !contentProvider.Library.Has(other)) return null;
        var content = contentProvider.For(other);
        var match = content.Matcher.Match(input.Understood, matching.Value.For(other));
        if (match.Verdict != MatchVerdict.Confident) return null;
        TurnLanguage.Set(dc.Context, other);
        dc.Context.TurnState.Set(new LanguageDecision(other, language));
        return (await dialogSets.For(content).CreateContextAsync(dc.Context, cancellationToken).ConfigureAwait(false), content, match);
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
