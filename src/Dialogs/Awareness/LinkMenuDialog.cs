using AwarenessBot.Content.Matching;
using AwarenessBot.Content.Model;
using Microsoft.Bot.Builder;

namespace AwarenessBot.Dialogs.Awareness;

/// <summary>
/// A menu of links the user may also ignore: picking one follows it, typing anything else ends
/// the menu with <see cref="UnrecognizedInput"/> so the bot answers that text as a new question.
/// </summary>
public abstract class LinkMenuDialog : WaterfallDialog
{
    private const string LinksKey = "links";

    protected LinkMenuDialog(string id, ContentSet content) : base(id)
    {
        Content = content;
        AddStep(OfferAsync);
        AddStep(FollowAsync);
    }

    protected ContentSet Content { get; }

    /// <summary>Sends anything that comes before the buttons and says which buttons to offer (null: none).</summary>
    protected abstract Task<LinkMenuOptions?> PrepareAsync(WaterfallStepContext step, CancellationToken cancellationToken);

    private async Task<DialogTurnResult> OfferAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var menu = await PrepareAsync(step, cancellationToken).ConfigureAwait(false);
        if (menu is null) return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        if (menu.Links.Count == 0)
        {
            // Nothing to pick (safe mode has no topics): still an answer, so the turn is never silent.
            await step.Context.SendActivityAsync(MessageFactory.Text(menu.Prompt), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }
        step.Values.Set(LinksKey, menu.Links);
        return await step.PromptAsync(AwarenessDialogIds.ChoicePrompt, new PromptOptions
        {
            Prompt = menu.Prompt,
            Choices = menu.Links.Select(l => new Choice(l.Title)).ToList(),
            MaxRetries = PromptRetries.Menu,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FollowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var links = step.Values.Get<List<MenuLink>>(LinksKey) ?? [];
        if (step.Result is FoundChoice found && found.Index < links.Count)
            return await LinkNavigator.FollowAsync(step, Content, links[found.Index], cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(step.Result as UnrecognizedInput, cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>The main menu: the core flows and "More topics".</summary>
public sealed class MainMenuDialog(ContentSet content) : LinkMenuDialog(AwarenessDialogIds.MainMenu, content)
{
    protected override Task<LinkMenuOptions?> PrepareAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Task.FromResult<LinkMenuOptions?>(new(Content.Text.MenuPrompt, Content.Text.Menu.Select(MenuLink.From).ToList()));
}

/// <summary>Every other topic, as a list to pick from.</summary>
public sealed class MoreTopicsDialog(ContentSet content) : LinkMenuDialog(AwarenessDialogIds.MoreTopics, content)
{
    protected override Task<LinkMenuOptions?> PrepareAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        Task.FromResult<LinkMenuOptions?>(new(Content.Text.MoreTopicsPrompt,
            Content.Text.MoreTopics.Select(Content.FindTopic).OfType<Topic>().Select(MenuLink.ToTopic).ToList()));
}

/// <summary>"Did you mean...?" for a close call between topics, with "None of these".</summary>
public sealed class DidYouMeanDialog(ContentSet content) : LinkMenuDialog(AwarenessDialogIds.DidYouMean, content)
{
    protected override Task<LinkMenuOptions?> PrepareAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var topics = (step.Options<List<string>>() ?? []).Select(Content.FindTopic).OfType<Topic>().Take(MatchResult.MaxOffered);
        var links = topics.Select(MenuLink.ToTopic).Append(MenuLink.None(Content.Text.NoneOfThese)).ToList();
        return Task.FromResult<LinkMenuOptions?>(new(Content.Text.DidYouMean, links));
    }
}

/// <summary>Shows a topic for the user's audience, then offers its follow-ups.</summary>
public sealed class TopicDialog(ContentSet content, BotMemory memory) : LinkMenuDialog(AwarenessDialogIds.Topic, content), ITopicDialog
{
    protected override async Task<LinkMenuOptions?> PrepareAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Content.FindTopic(step.Options<TopicOptions>()?.Topic) is not { } topic) return null;
        var audience = await memory.GetAudienceAsync(step.Context, cancellationToken).ConfigureAwait(false);
        await TopicSender.SendAsync(step.Context, topic, audience, cancellationToken).ConfigureAwait(false);
        return new(Content.Text.FollowUpPrompt, topic.Choices.Select(MenuLink.From).ToList());
    }

    public string? TopicOf(DialogInstance instance) => OptionsOf<TopicOptions>(instance)?.Topic;
}
