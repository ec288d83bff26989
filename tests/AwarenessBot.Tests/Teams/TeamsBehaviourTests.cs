using AwarenessBot.Content.Loading;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Teams;

/// <summary>How the bot behaves in Microsoft Teams: personal chats, channels and group chats.</summary>
public class TeamsBehaviourTests
{
    /// <summary>A bot in one Teams scope (the TestAdapter stamps its own conversation on every activity).</summary>
    private static TestBot TeamsBot(string scope = "personal")
    {
        var bot = new TestBot(channelId: Channels.Msteams);
        bot.Adapter.Conversation.Conversation = new ConversationAccount(conversationType: scope, id: $"19:{scope}-thread@thread.tacv2");
        return bot;
    }

    private static Activity InScope(TestBot bot, string? text, string scope)
    {
        Assert.Equal(scope, bot.Adapter.Conversation.Conversation.ConversationType);
        return bot.Adapter.MakeActivity(text);
    }

    private static Activity Mentioning(TestBot bot, string question, string scope)
    {
        var activity = InScope(bot, $"<at>AwarenessBot</at> {question}", scope);
        activity.Entities = [new Mention(activity.Recipient, "<at>AwarenessBot</at>")];
        return activity;
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task In_channels_and_group_chats_the_bot_answers_only_when_mentioned(string scope)
    {
        using var bot = TeamsBot(scope);
        Assert.Empty((await bot.SendAsync(InScope(bot, "what does CSEC stand for", scope))).Messages());

        var replies = await bot.SendAsync(Mentioning(bot, "what does CSEC stand for", scope));
        Assert.Contains("Commercial Sexual Exploitation of Children", replies.AllText());
        Assert.Equal("what-is-csec", replies.Route()["topic"]!.ToString());
        // No suggested actions outside personal chats: buttons come on a hero card.
        Assert.All(replies.Messages(), m => Assert.Null(m.SuggestedActions));
        Assert.Contains(replies.Messages(), m => m.Attachments?.Any(a => a.ContentType == HeroCard.ContentType) == true);
    }

    [Fact]
    public async Task In_a_personal_chat_three_choices_are_suggested_actions_and_more_come_as_a_card()
    {
        using var bot = TeamsBot();
        var topic = await bot.SendAsync(InScope(bot, "what does CSEC stand for", "personal"));
        Assert.Contains(topic.Messages(), m => m.SuggestedActions?.Actions.Count == 3);

        var menu = await bot.SendAsync(InScope(bot, "menu", "personal"));
        var card = menu.Messages().Single(m => m.Attachments?.Count > 0).Attachments[0];
        Assert.Equal(HeroCard.ContentType, card.ContentType);
        Assert.Equal(ContentLoader.LoadOrThrow(ContentPaths.English).Text.Menu.Count, ((HeroCard)card.Content).Buttons.Count);
        Assert.All(((HeroCard)card.Content).Buttons, b => Assert.Equal(ActionTypes.ImBack, b.Type));
    }

    [Fact]
    public async Task Adding_the_app_to_a_team_gets_a_short_introduction_once_and_new_members_no_welcome()
    {
        using var bot = TeamsBot("channel");
        var added = InScope(bot, null, "channel");
        added.Type = ActivityTypes.ConversationUpdate;
        added.MembersAdded = [added.Recipient];
        var intro = await bot.SendAsync(added);
        Assert.Contains("@mention me with a question", intro.AllText());
        Assert.DoesNotContain("No person is watching this chat", intro.AllText());

        var colleague = InScope(bot, null, "channel");
        colleague.Type = ActivityTypes.ConversationUpdate;
        colleague.MembersAdded = [new ChannelAccount("29:new-teacher", "New Teacher")];
        Assert.Empty((await bot.SendAsync(colleague)).Messages());
    }

    [Fact]
    public async Task Installing_in_a_personal_chat_welcomes_once_though_teams_announces_it_twice()
    {
        using var bot = TeamsBot();
        var install = InScope(bot, null, "personal");
        install.Type = ActivityTypes.InstallationUpdate;
        install.Action = "add";
        var welcome = await bot.SendAsync(install);
        Assert.Contains("No person is watching this chat", welcome.AllText());

        var update = InScope(bot, null, "personal");
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [update.Recipient];
        Assert.Empty((await bot.SendAsync(update)).Messages());
    }

    [Fact]
    public async Task Teams_users_get_the_staff_answers()
    {
        using var bot = TeamsBot();
        var replies = await bot.SendAsync(InScope(bot, "how do I report?", "personal"));
        Assert.Contains("immediate danger", replies.AllText());
        var steps = await bot.SendAsync(InScope(bot, "no", "personal"));
        Assert.Contains("mandated reporting", steps.AllText()); // no "staff or student?" question
    }

    [Theory]
    [InlineData("{\"choice\":\"Red signs\"}")]
    [InlineData("{\"text\":\"Red signs\"}")]
    [InlineData("\"Red signs\"")]
    public async Task Card_clicks_with_no_text_are_read_from_their_value(string value)
    {
        using var bot = TeamsBot();
        await bot.SendAsync(InScope(bot, "menu", "personal"));
        var click = InScope(bot, null, "personal");
        click.Value = JToken.Parse(value);
        var replies = await bot.SendAsync(click);
        Assert.Equal("red-signs", replies.Route()["dialog"]!.ToString());
    }

    [Fact]
    public async Task A_card_click_in_a_channel_is_answered_without_a_mention()
    {
        using var bot = TeamsBot("channel");
        var click = InScope(bot, null, "channel");
        click.Value = JObject.Parse("{\"choice\":\"Red signs\"}");
        Assert.NotEmpty((await bot.SendAsync(click)).Messages());
    }
}
