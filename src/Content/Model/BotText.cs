using YamlDotNet.Serialization;

namespace AwarenessBot.Content.Model;

/// <summary>
/// The bot's own words (welcome, menu, help, fallback...), kept in content (bot.yaml) so admins can edit
/// them. Safety text is not here: the emergency response and the hotline are code. Each phrase's key in
/// bot.yaml is its name in kebab case (<c>TeamWelcome</c> is <c>team-welcome</c>).
/// </summary>
public sealed record BotText
{
    public required string Welcome { get; init; }
    /// <summary>The short introduction when the app is added to a team or group chat.</summary>
    public required string TeamWelcome { get; init; }
    public required string MenuPrompt { get; init; }
    [YamlIgnore] public required IReadOnlyList<Link> Menu { get; init; }
    public required string MoreTopicsPrompt { get; init; }
    [YamlIgnore] public required IReadOnlyList<string> MoreTopics { get; init; }
    public required string Help { get; init; }
    public required string Greeting { get; init; }
    /// <summary>Offered, in this language, to someone who writes in it while the bot speaks the other one.</summary>
    public required string LanguageOffer { get; init; }
    /// <summary>The button that switches to this language (also a command: typing it switches).</summary>
    public required string LanguageButton { get; init; }
    /// <summary>Said, in this language, after switching to it.</summary>
    public required string LanguageSwitched { get; init; }
    public required string YesButton { get; init; }
    public required string NoButton { get; init; }
    /// <summary>Shown in place of a question the user skipped (the safety plan's summary).</summary>
    public required string NotFilledIn { get; init; }
    public required string AudienceQuestion { get; init; }
    public required string StaffButton { get; init; }
    public required string StudentButton { get; init; }
    public required string AudienceNowStaff { get; init; }
    public required string AudienceNowStudent { get; init; }
    public required string Thanks { get; init; }
    public required string FollowUpPrompt { get; init; }
    public required string DidYouMean { get; init; }
    public required string NoneOfThese { get; init; }
    public required string NoMatch { get; init; }
    public required string EmptyMessage { get; init; }
    public required string TooLong { get; init; }
    public required string Cancelled { get; init; }
    public required string ChoiceRetry { get; init; }
    public required string ConfirmRetry { get; init; }
    public required string StepRemoved { get; init; }
    [YamlIgnore] public required SourceLocation Location { get; init; }
}
