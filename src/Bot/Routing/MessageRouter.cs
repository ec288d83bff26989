using AwarenessBot.Analytics;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;
using AwarenessBot.Dialogs;
using AwarenessBot.Dialogs.Awareness;
using AwarenessBot.Safety;
using AwarenessBot.Safety.Replies;
using AwarenessBot.Safety.Turn;
using AwarenessBot.Text;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Routing;

/// <summary>
/// Where a user's message goes once the safety guard has read it and it is not a crisis, in one
/// place and in order (<see cref="DecideAsync"/>). Each step says what it decided; the turn's
/// <see cref="TurnRoute"/> is built from that once, at the end.
/// </summary>
public sealed class MessageRouter(IContentProvider contentProvider, DialogSetCache dialogSets, IOptions<MatchingOptions> matching, InsightsRecorder insights, BotMemory memory, LanguagePreference languages)
{
    /// <summary>Longer messages get a polite "could you shorten it" (after the crisis check, which reads all of it).</summary>
    public const int MaxMessageLength = 5000;

    /// <summary>
    /// What a step decided, for the Route: the dialogs it left running (null: none were touched), the topic it answered
    /// with, the match, the outcome, and a safety verdict of its own (a "no" to the check-in).
    /// </summary>
    private sealed record Decision(DialogContext? Dialogs, string? Topic = null, MatchResult? Match = null, TurnOutcome? Outcome = null, SafetyAssessment? Safety = null);

    public async Task RouteAsync(ITurnContext turnContext, TurnInput input, CancellationToken cancellationToken)
    {
        var decision = await DecideAsync(turnContext, input, cancellationToken).ConfigureAwait(false);
        turnContext.TurnState.Set(RouteOf(input, decision));
    }

    /// <summary>A message's path, top to bottom; the first step that handles it ends the turn.</summary>
    private async Task<Decision> DecideAsync(ITurnContext turnContext, TurnInput input, CancellationToken cancellationToken)
    {
        var text = input.Text;
        var content = contentProvider.For(turnContext);
        // 1. Too long, or no words at all (empty, emoji, an attachment): a friendly word (and the menu).
        if (text.Length > MaxMessageLength)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(content.Text.TooLong), cancellationToken).ConfigureAwait(false);
            return new(null);
        }
        if (!text.Any(char.IsLetterOrDigit))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(content.Text.EmptyMessage), cancellationToken).ConfigureAwait(false);
            return new(await ShowMenuAsync(turnContext, cancellationToken).ConfigureAwait(false));
        }
        // 2. "español", "English": the user's choice stands from now on.
        var command = GlobalCommands.Recognize(text);
        if (command is GlobalCommand.Spanish or GlobalCommand.English)
            return new(await SwitchLanguageAsync(turnContext, command == GlobalCommand.Spanish ? Language.Spanish : Language.English, cancellationToken).ConfigureAwait(false));
        var dc = await dialogSets.For(content).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        // 3. A possible disclosure: the guard asked "are you safe right now?"; remember what was asked, nothing else.
        if (input.Safety.Tier == SafetyTier.CheckIn)
        {
            await RememberCheckInAsync(turnContext, content, input, cancellationToken).ConfigureAwait(false);
            return new(dc);
        }
        // 4. The answer to last turn's check-in; 5. global commands; 6. the dialog in progress; 7. the answer.
        var checkIn = await memory.TakePendingCheckInAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var decision = (checkIn is null ? null : await AnswerCheckInAsync(dc, content, checkIn, text, cancellationToken).ConfigureAwait(false))
            ?? await (command switch
            {
                GlobalCommand.Menu => RestartAsync(dc, AwarenessDialogIds.MainMenu, null, cancellationToken),
                GlobalCommand.Cancel => RestartAsync(dc, AwarenessDialogIds.MainMenu, content.Text.Cancelled, cancellationToken),
                GlobalCommand.ChooseAudience => RestartAsync(dc, AwarenessDialogIds.ChooseAudience, null, cancellationToken),
                GlobalCommand.Help => ReplyThenResumeAsync(dc, content.Text.Help, cancellationToken),
                GlobalCommand.Greeting => ReplyThenResumeAsync(dc, content.Text.Greeting, cancellationToken),
                GlobalCommand.Thanks => ReplyThenResumeAsync(dc, content.Text.Thanks, cancellationToken),
                _ => ContinueOrAnswerAsync(dc, content, input, cancellationToken),
            }).ConfigureAwait(false);
        await OfferLanguageAsync(turnContext, cancellationToken).ConfigureAwait(false);
        return decision;
    }

    /// <summary>Shows the main menu (after the welcome, or when state was lost).</summary>
    public async Task<DialogContext> ShowMenuAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dc = await dialogSets.For(contentProvider.For(turnContext)).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await RestartAsync(dc, AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
        return dc;
    }

    /// <summary>Ends every dialog and starts one afresh ("menu", "cancel", "I'm a student"), after a word if there is one.</summary>
    private static async Task<Decision> RestartAsync(DialogContext dc, string dialogId, string? reply, CancellationToken cancellationToken)
    {
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        if (reply is not null) await dc.Context.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
        await dc.BeginDialogAsync(dialogId, null, cancellationToken).ConfigureAwait(false);
        return new(dc);
    }

    /// <summary>The user chose a language: the bot says so in it and shows the menu.</summary>
    private async Task<DialogContext> SwitchLanguageAsync(ITurnContext turnContext, Language language, CancellationToken cancellationToken)
    {
        await languages.SwitchAsync(turnContext, language, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(MessageFactory.Text(contentProvider.For(language).Text.LanguageSwitched), cancellationToken).ConfigureAwait(false);
        return await ShowMenuAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A message in the other language was answered in it: offer, once a conversation, to go on in that language.</summary>
    private async Task OfferLanguageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.TurnState.Get<LanguageDecision>() is not { Differs: true } decision || !contentProvider.Library.Has(decision.Language)) return;
        if (!await memory.FirstLanguageOfferAsync(turnContext, cancellationToken).ConfigureAwait(false)) return;
        var text = contentProvider.For(decision.Language).Text;
        await turnContext.SendActivityAsync(ChoiceMessages.Create(turnContext, text.LanguageOffer, [text.LanguageButton]), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers a small-talk or help message, then asks again whatever was being asked (or shows the menu).</summary>
    private static async Task<Decision> ReplyThenResumeAsync(DialogContext dc, string reply, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(MessageFactory.Text(reply), cancellationToken).ConfigureAwait(false);
        if (dc.ActiveDialog is null) await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
        else await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return new(dc);
    }

    /// <summary>
    /// The guard has asked "are you safe right now?": remember what was asked (its topic, never its text)
    /// so the bot can carry on after "I'm safe".
    /// </summary>
    private async Task RememberCheckInAsync(ITurnContext turnContext, ContentSet content, TurnInput input, CancellationToken cancellationToken)
    {
        var match = content.Matcher.Match(input.Understood, matching.Value.For(TurnLanguage.Of(turnContext)));
        var topic = match.Verdict == MatchVerdict.Confident ? match.Best!.TopicId : null;
        await memory.SetPendingCheckInAsync(turnContext, new PendingCheckIn(topic, input.Safety.Language), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// An answer to the check-in: "I'm safe" carries on with what was asked (its topic, or the dialog
    /// that was waiting, or the menu); "no" gets the emergency response. Anything else (null) is a new message.
    /// </summary>
    private static async Task<Decision?> AnswerCheckInAsync(DialogContext dc, ContentSet content, PendingCheckIn checkIn, string text, CancellationToken cancellationToken)
    {
        switch (CheckInAnswers.Read(text))
        {
            case CheckInAnswer.Safe:
                await dc.Context.SendActivityAsync(MessageFactory.Text(CheckInResponse.SafeReplyFor(checkIn.Language)), cancellationToken).ConfigureAwait(false);
                if (content.FindTopic(checkIn.Topic) is { } topic)
                {
                    await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                    await LinkNavigator.StartTopicAsync(dc, topic, cancellationToken, replace: false).ConfigureAwait(false);
                    return new(dc, topic.Id);
                }
                if (dc.ActiveDialog is not null) await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                else await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
                return new(dc);
            case CheckInAnswer.NotSafe:
                await dc.Context.SendActivityAsync(EmergencyMessage.Create(checkIn.Language), cancellationToken).ConfigureAwait(false);
                await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return new(dc, Safety: new SafetyAssessment(SafetyTier.Crisis, CrisisKind.CallForHelp, checkIn.Language, new(["check-in-answer"], null, SafetyTier.None)));
            default:
                return null;
        }
    }

    /// <summary>The dialog in progress reads the message; one that cannot hands it back, and it is answered as a question.</summary>
    private async Task<Decision> ContinueOrAnswerAsync(DialogContext dc, ContentSet content, TurnInput input, CancellationToken cancellationToken)
    {
        if (dc.ActiveDialog is null) return await AnswerAsync(dc, content, input, cancellationToken).ConfigureAwait(false);
        var offered = dc.RootDialog?.Id == AwarenessDialogIds.DidYouMean;
        DialogTurnResult result;
        try
        {
            result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DialogNotFoundException)
        {
            // Saved state names a dialog the content no longer has: start again rather than fail every turn.
            return await RestartAsync(dc, AwarenessDialogIds.MainMenu, content.Text.StepRemoved, cancellationToken).ConfigureAwait(false);
        }
        if (result.Result is not UnrecognizedInput)
            return new(dc, Outcome: offered && TopicDialogOfRoot(dc) is not null ? TurnOutcome.DidYouMeanChosen : null);
        await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(dc, content, input, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A question: "I'm a teacher", a menu button typed out, else the topic matcher's answer, "Did you mean", or the fallback.</summary>
    private async Task<Decision> AnswerAsync(DialogContext dc, ContentSet content, TurnInput input, CancellationToken cancellationToken)
    {
        if (AudienceStatements.Recognize(input.Text) is { } audience)
        {
            await dc.BeginDialogAsync(AwarenessDialogIds.ChooseAudience, audience, cancellationToken).ConfigureAwait(false);
            return new(dc);
        }
        if (MenuChoiceFor(content, input.Text) is { } link)
        {
            await LinkNavigator.FollowAsync(dc, content, link, cancellationToken).ConfigureAwait(false);
            return new(dc);
        }

        var language = TurnLanguage.Of(dc.Context);
        var match = content.Matcher.Match(input.Understood, matching.Value.For(language));
        if (match.Verdict == MatchVerdict.NoMatch && await InTheOtherLanguageAsync(dc, input, cancellationToken).ConfigureAwait(false) is { } other)
            (dc, content, match, language) = other;
        switch (match.Verdict)
        {
            case MatchVerdict.Confident when content.FindTopic(match.Best!.TopicId) is { } topic:
                await LinkNavigator.StartTopicAsync(dc, topic, cancellationToken, replace: false).ConfigureAwait(false);
                return new(dc, topic.Id, match, TurnOutcome.Answer);
            case MatchVerdict.CloseCall:
                var candidates = match.Candidates(matching.Value.For(language).CandidateScore).Select(c => c.TopicId).ToList();
                await dc.BeginDialogAsync(AwarenessDialogIds.DidYouMean, candidates, cancellationToken).ConfigureAwait(false);
                return new(dc, Match: match, Outcome: TurnOutcome.DidYouMean);
            default:
                insights.Unanswered(input.Text, language, dc.Context.Activity.Conversation?.Id);
                await dc.Context.SendActivityAsync(MessageFactory.Text(content.Text.NoMatch), cancellationToken).ConfigureAwait(false);
                await dc.BeginDialogAsync(AwarenessDialogIds.MainMenu, null, cancellationToken).ConfigureAwait(false);
                return new(dc, Match: match, Outcome: TurnOutcome.Fallback);
        }
    }

    /// <summary>
    /// A message whose words say nothing about its language ("mitos?", "csec") and that the user's language cannot
    /// answer may be a question in the other one: if the other language answers it confidently, answer in it (and
    /// offer to switch, as for any message in the other language).
    /// </summary>
    private async Task<(DialogContext, ContentSet, MatchResult, Language)?> InTheOtherLanguageAsync(DialogContext dc, TurnInput input, CancellationToken cancellationToken)
    {
        var language = TurnLanguage.Of(dc.Context);
        var other = language == Language.Spanish ? Language.English : Language.Spanish;
        if (LanguageGuesser.GuessClearly(input.Understood.Text) is not null || !contentProvider.Library.Has(other)) return null;
        var content = contentProvider.For(other);
        var match = content.Matcher.Match(input.Understood, matching.Value.For(other));
        if (match.Verdict != MatchVerdict.Confident) return null;
        TurnLanguage.Set(dc.Context, other);
        dc.Context.TurnState.Set(new LanguageDecision(other, language));
        return (await dialogSets.For(content).CreateContextAsync(dc.Context, cancellationToken).ConfigureAwait(false), content, match, other);
    }

    /// <summary>A main-menu button typed out ("More topics", "red signs") when no menu is showing.</summary>
    private static MenuLink? MenuChoiceFor(ContentSet content, string text)
    {
        var normalized = string.Join(' ', TextNormalizer.Words(text));
        var link = content.Text.Menu.FirstOrDefault(l => string.Join(' ', TextNormalizer.Words(l.Title)) == normalized);
        return link is null ? null : MenuLink.From(link);
    }

    /// <summary>The Route of a turn: the decision, the dialog it left running and, when no topic was decided, the topic that dialog teaches.</summary>
    private static TurnRoute RouteOf(TurnInput input, Decision decision)
    {
        var match = decision.Match;
        // A "Did you mean" offers the best too; an answer or a fallback lists the runners-up.
        var alternatives = match?.Ranked.Skip(decision.Outcome == TurnOutcome.DidYouMean ? 0 : 1).Take(MatchResult.MaxOffered).Select(r => (r.TopicId, r.Score)).ToList();
        var topic = decision.Topic ?? (decision.Dialogs is { RootDialog: { } root } dc ? TopicDialogOfRoot(dc)?.TopicOf(root) : null);
        return new TurnRoute(decision.Safety ?? input.Safety, topic, match?.Best?.Score ?? 0, alternatives, decision.Dialogs?.RootDialog?.Id, decision.Outcome);
    }

    /// <summary>The flow at the bottom of the stack, if it teaches a topic.</summary>
    private static ITopicDialog? TopicDialogOfRoot(DialogContext dc) => dc.RootDialog is { } root ? dc.Dialogs.Find(root.Id) as ITopicDialog : null;
}
