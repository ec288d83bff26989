using AwarenessBot.Content.Model;
using AwarenessBot.Content.Validation;

namespace AwarenessBot.Content.Loading;

/// <summary>Reads bot.yaml: the welcome, the menus and the bot's stock phrases.</summary>
public static class BotTextReader
{
    private static readonly string[] Phrases =
        ["welcome", "team-welcome", "menu-prompt", "more-topics-prompt", "help", "greeting", "thanks",
         "language-offer", "language-button", "language-switched", "yes-button", "no-button", "not-filled-in",
         "audience-question", "staff-button", "student-button", "audience-now-staff", "audience-now-student", "follow-up-prompt", "did-you-mean", "none-of-these", "no-match",
         "empty-message", "too-long", "cancelled", "choice-retry", "confirm-retry", "step-removed"];

    private static readonly HashSet<string> Keys = [.. Phrases, "menu", "more-topics"];

    public static BotText? Read(string displayPath, string text, ContentIssues issues)
    {
        var yaml = new YamlNodes(displayPath, lineOffset: 0, issues);
        var map = yaml.ParseMapping(text);
        if (map is null) return null;
        yaml.RejectUnknownKeys(map, Keys, "bot.yaml");
        var at = new SourceLocation(displayPath, 1);
        var values = Phrases.ToDictionary(p => p, p => yaml.Text(map, p, required: true, at));
        var menu = yaml.Sequence(map, "menu").Select(yaml.ReadLink).OfType<Link>().ToList();
        if (menu.Count == 0) issues.Error(at, "missing required field 'menu' (the main menu's buttons)");
        var moreTopics = yaml.TextList(map, "more-topics");
        if (moreTopics.Count == 0) issues.Error(at, "missing required field 'more-topics' (topic ids listed under More topics)");
        if (values.Values.Any(v => v is null)) return null;
        return new BotText
        {
            Welcome = values["welcome"]!,
            TeamWelcome = values["team-welcome"]!,
            MenuPrompt = values["menu-prompt"]!,
            Menu = menu,
            MoreTopicsPrompt = values["more-topics-prompt"]!,
            MoreTopics = moreTopics.Select(t => t.Value).ToList(),
            Help = values["help"]!,
            Greeting = values["greeting"]!,
            LanguageOffer = values["language-offer"]!,
            LanguageButton = values["language-button"]!,
            LanguageSwitched = values["language-switched"]!,
            YesButton = values["yes-button"]!,
            NoButton = values["no-button"]!,
            NotFilledIn = values["not-filled-in"]!,
            AudienceQuestion = values["audience-question"]!,
            StaffButton = values["staff-button"]!,
            StudentButton = values["student-button"]!,
            AudienceNowStaff = values["audience-now-staff"]!,
            AudienceNowStudent = values["audience-now-student"]!,
            Thanks = values["thanks"]!,
            FollowUpPrompt = values["follow-up-prompt"]!,
            DidYouMean = values["did-you-mean"]!,
            NoneOfThese = values["none-of-these"]!,
            NoMatch = values["no-match"]!,
            EmptyMessage = values["empty-message"]!,
            TooLong = values["too-long"]!,
            Cancelled = values["cancelled"]!,
            ChoiceRetry = values["choice-retry"]!,
            ConfirmRetry = values["confirm-retry"]!,
            StepRemoved = values["step-removed"]!,
            Location = at,
        };
    }
}
