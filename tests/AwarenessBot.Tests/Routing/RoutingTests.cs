using AwarenessBot.Content.Loading;
using AwarenessBot.Hosting;
using AwarenessBot.Safety;
using AwarenessBot.Tests.Bot;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Routing;

/// <summary>
/// Where a message goes (commands, the dialog in progress, the answer, odd input, failures), with the real
/// bot and middleware on the SDK's TestAdapter and the fixture content (a made-up garden club), so an edit
/// to the shipped content cannot break them. The shipped content's own conversations are in ConversationTests.
/// </summary>
public class RoutingTests
{
    private static readonly string[] MenuButtons = ["Seeds", "Tools", "Join the club", "More topics"];

    private static TestBot NewBot(IStorage? storage = null, string channel = Channels.Test, Action<IServiceCollection>? configure = null) =>
        new(storage, ContentPaths.Fixture, configure, channel);

    [Fact]
    public async Task A_new_user_gets_the_welcome_the_menu_and_the_hotline()
    {
        using var bot = NewBot();
        var replies = await bot.SendAsync(bot.UserJoins());
        Assert.Contains("Hello from the **fixture bot**", replies.AllText());
        Assert.Contains(Hotline.Marker, replies.Messages()[^1].Text);
        Assert.Equal(MenuButtons, replies.Buttons());
    }

    [Fact]
    public async Task No_welcome_when_only_the_bot_joins()
    {
        using var bot = NewBot();
        var update = bot.UserJoins();
        update.MembersAdded = [update.Recipient];
        Assert.Empty((await bot.SendAsync(update)).Messages());
    }

    [Fact]
    public async Task The_web_pages_join_event_gets_the_welcome_once()
    {
        using var bot = NewBot(channel: Channels.Webchat);
        Activity JoinEvent()
        {
            var join = bot.Adapter.MakeActivity();
            join.Type = ActivityTypes.Event;
            join.Name = "webchat/join";
            return join;
        }
        Assert.Contains("fixture bot", (await bot.SendAsync(JoinEvent())).AllText());
        Assert.Empty((await bot.SendAsync(JoinEvent())).Messages());
    }

    [Fact]
    public async Task A_confident_question_gets_its_topic_its_follow_ups_and_a_route()
    {
        using var bot = NewBot();
        var replies = await bot.SayAsync("how often should I water the plants?");
        Assert.Contains("Fixture watering answer", replies.AllText());
        Assert.Equal(["Seeds", "Garden myths"], replies.Buttons());
        var route = replies.Route();
        Assert.Equal("watering", route["topic"]!.ToString());
        Assert.Equal("awareness.topic", route["dialog"]!.ToString());
        Assert.True(route["score"]!.Value<double>() >= 0.5);
        Assert.Equal("none", route["safety"]!.ToString());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("the first one")]
    [InlineData("seeds")]
    public async Task A_follow_up_can_be_typed(string typed)
    {
        using var bot = NewBot();
        await bot.SayAsync("how often should I water the plants?");
        var replies = await bot.SayAsync(typed);
        Assert.Equal("seeds", replies.Route()["dialog"]!.ToString());
        Assert.Contains("Fixture seeds answer", replies.AllText());
    }

    [Fact]
    public async Task A_close_call_asks_did_you_mean_and_either_offer_or_none_of_these_can_be_taken()
    {
        using var bot = NewBot();
        var replies = await bot.SayAsync("which vegetables go in the ground?");
        Assert.Contains("Fixture, did you mean", replies.AllText());
        var buttons = replies.Buttons();
        Assert.Contains("Spring planting", buttons);
        Assert.Contains("Fall planting", buttons);
        Assert.Equal("None of these", buttons[^1]);
        var route = replies.Route();
        Assert.Null(route["topic"]!.Value<string>());
        Assert.Equal("awareness.did-you-mean", route["dialog"]!.ToString());
        Assert.Contains(route["alternatives"]!, a => a.Value<string>("topic") == "spring-planting");

        var chosen = await bot.SayAsync("Spring planting");
        Assert.Contains("Fixture spring answer", chosen.AllText());
        Assert.Equal("spring-planting", chosen.Route()["topic"]!.ToString());

        await bot.SayAsync("which vegetables go in the ground?");
        var none = await bot.SayAsync("None of these");
        Assert.Contains("Fixture has no answer for that", none.AllText());
        Assert.Equal(MenuButtons, none.Buttons());
    }

    [Fact]
    public async Task An_out_of_scope_question_gets_an_honest_answer_the_menu_and_the_hotline()
    {
        using var bot = NewBot();
        var replies = await bot.SayAsync("what's the best pizza topping?");
        Assert.Contains("Fixture has no answer for that", replies.AllText());
        Assert.Equal(MenuButtons, replies.Buttons());
        Assert.Contains(Hotline.Marker, replies.Messages()[^1].Text);
        Assert.Null(replies.Route()["topic"]!.Value<string>());
        Assert.Equal("awareness.main-menu", replies.Route()["dialog"]!.ToString());
    }

    [Theory]
    [InlineData("menu")]
    [InlineData("start over")]
    public async Task Menu_works_mid_dialog(string command)
    {
        using var bot = NewBot();
        await bot.SayAsync("Tools");
        var replies = await bot.SayAsync(command);
        Assert.Equal(MenuButtons, replies.Buttons());
        Assert.Equal("awareness.main-menu", replies.Route()["dialog"]!.ToString());
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("stop")]
    [InlineData("quit")]
    public async Task Cancel_works_mid_dialog(string command)
    {
        using var bot = NewBot();
        Assert.Contains("is anyone hurt right now", (await bot.SayAsync("Join the club")).AllText());
        Assert.Contains("Fixture stopped that", (await bot.SayAsync(command)).AllText());
        // The question is gone: "yes" is now just a word, not an answer to it.
        Assert.DoesNotContain(EmergencyResponse.English, (await bot.SayAsync("yes")).AllText());
    }

    [Fact]
    public async Task Yes_to_a_danger_question_gets_the_fixed_emergency_response()
    {
        using var bot = NewBot();
        await bot.SayAsync("Join the club");
        Assert.Contains(EmergencyResponse.English, (await bot.SayAsync("yes")).AllText());
    }

    [Fact]
    public async Task Help_works_mid_dialog_and_asks_the_question_again()
    {
        using var bot = NewBot();
        await bot.SayAsync("Tools");
        var replies = await bot.SayAsync("help");
        Assert.Contains("Fixture help", replies.AllText());
        Assert.Contains("are you school staff or a student", replies.AllText());
        Assert.Equal(["School staff", "Student"], replies.Buttons());
        Assert.Equal("tools", replies.Route()["dialog"]!.ToString());
    }

    [Fact]
    public async Task Help_in_the_middle_of_a_pager_shows_the_same_page_again_with_its_buttons()
    {
        using var bot = NewBot();
        var first = await bot.SayAsync("What are some garden myths?");
        Assert.Contains("Fixture myth one", first.AllText());
        var second = await bot.SayAsync("Next myth");
        Assert.Contains("Fixture myth two", second.AllText());
        var replies = await bot.SayAsync("help");
        Assert.Contains("Fixture help", replies.AllText());
        Assert.Equal(second.Buttons(), replies.Buttons());
        Assert.Equal(second.Messages().Last().Text, replies.Messages().Last().Text);
    }

    [Fact]
    public async Task Paging_to_the_end_goes_on_to_the_dialogs_next_step()
    {
        using var bot = NewBot();
        var pages = ContentLoader.LoadOrThrow(ContentPaths.FixtureEnglish).FindTopic("garden-myths")!.MessagesFor(AwarenessBot.Content.Model.Audience.All).Count;
        var replies = await bot.SayAsync("What are some garden myths?");
        for (var page = 1; page < pages; page++) replies = await bot.SayAsync("Next myth");
        // The last page needs no "Next": the dialog that started the pager goes on at once.
        Assert.Contains("Fixture myth three", replies.AllText());
        Assert.Contains("Fixture, myths done", replies.AllText());
    }

    [Fact]
    public async Task A_new_question_mid_dialog_is_answered()
    {
        using var bot = NewBot();
        await bot.SayAsync("Tools");
        var replies = await bot.SayAsync("how often should I water the plants?");
        Assert.Contains("Fixture watering answer", replies.AllText());
        Assert.Equal("watering", replies.Route()["topic"]!.ToString());
    }

    [Fact]
    public async Task Free_text_answers_are_used_in_the_summary_and_skip_leaves_a_blank()
    {
        using var bot = NewBot();
        Assert.Contains("Fixture, first plant?", (await bot.SayAsync("Help me make a garden plan")).AllText());
        await bot.SayAsync("tomatoes");
        var summary = await bot.SayAsync("Skip");
        Assert.Contains("Fixture plan: tomatoes and (blank).", summary.AllText());
    }

    [Fact]
    public async Task A_crisis_message_mid_dialog_ends_it_and_gets_only_the_emergency_response()
    {
        using var bot = NewBot();
        await bot.SayAsync("Tools");
        var replies = await bot.SayAsync("my boyfriend sells me to his friends");
        Assert.Equal(EmergencyResponse.English, Assert.Single(replies.Messages()).Text);
        var route = replies.Route();
        Assert.True(route["crisis"]!.Value<bool>());
        Assert.Null(route["topic"]!.Value<string>());
        Assert.Null(route["dialog"]!.Value<string>());
        // The audience question is gone.
        Assert.DoesNotContain("Fixture tools for staff", (await bot.SayAsync("School staff")).AllText());
    }

    [Fact]
    public async Task A_dialog_continues_after_the_bot_restarts_with_the_same_storage()
    {
        var storage = new MemoryStorage();
        using (var first = NewBot(storage))
        {
            await first.SayAsync("Tools");
        }
        using var second = NewBot(storage);
        var replies = await second.SayAsync("Student");
        Assert.Contains("Fixture tools for students", replies.AllText());
        Assert.Equal("tools", replies.Route()["topic"]!.ToString());
    }

    [Fact]
    public async Task A_dialog_the_content_no_longer_has_starts_again_from_the_menu()
    {
        var storage = new MemoryStorage();
        using var content = ContentPaths.CopyFixture();
        using (var bot = new TestBot(storage, content.Folder))
        {
            await bot.SayAsync("Tools");
        }
        // The tools dialog is gone: the topic is shown on its own, and links lead to the topic.
        File.Delete(content.PathOf("dialogs/tools.yaml"));
        content.Replace("topics/tools.md", "dialog: tools\n", "");
        content.Replace("bot.yaml", "    dialog: tools\n", "    topic: tools\n");
        content.Replace("dialogs/join.yaml", "        dialog: tools\n", "        topic: tools\n");
        content.Replace("topics/seeds.md", "    dialog: tools\n", "    topic: tools\n");
        using var updated = new TestBot(storage, content.Folder);
        var replies = await updated.SayAsync("Student");
        Assert.Contains("Fixture step removed", replies.AllText());
        Assert.Equal(MenuButtons, replies.Buttons());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    [InlineData("!!!")]
    public async Task Empty_or_emoji_only_messages_get_a_nudge_and_the_menu(string text)
    {
        using var bot = NewBot();
        var replies = await bot.SayAsync(text);
        Assert.Contains("Fixture didn't catch that", replies.AllText());
        Assert.Equal(MenuButtons, replies.Buttons());
    }

    [Fact]
    public async Task An_attachment_only_message_gets_a_nudge_and_the_menu()
    {
        using var bot = NewBot();
        var activity = bot.Adapter.MakeActivity();
        activity.Attachments = [new Attachment("image/png", "https://example.org/picture.png")];
        var replies = await bot.SendAsync(activity);
        Assert.Contains("Fixture didn't catch that", replies.AllText());
        Assert.Equal(MenuButtons, replies.Buttons());
    }

    [Fact]
    public async Task A_very_long_message_is_politely_refused_but_still_checked_for_crisis()
    {
        using var bot = NewBot();
        var filler = string.Concat(Enumerable.Repeat("tell me about school clubs ", 250));
        Assert.Contains("Fixture says that is too long", (await bot.SayAsync(filler)).AllText());
        var crisis = await bot.SayAsync(filler + " i want to kill myself");
        Assert.Equal(EmergencyResponse.English, Assert.Single(crisis.Messages()).Text);
    }

    [Theory]
    [InlineData("<b>hello</b><script>alert(1)</script>")]
    [InlineData("asdfghjkl")]
    [InlineData("什么是人口贩卖")]
    public async Task Odd_messages_get_a_friendly_reply_with_the_hotline(string text)
    {
        using var bot = NewBot();
        var replies = await bot.SayAsync(text);
        Assert.NotEmpty(replies.Messages());
        Assert.Contains(Hotline.Marker, replies.Messages()[^1].Text);
    }

    [Fact]
    public async Task Greetings_and_thanks_get_a_warm_reply()
    {
        using var bot = NewBot();
        Assert.Contains("Fixture hello back!", (await bot.SayAsync("hi")).AllText());
        Assert.Contains("Fixture you're welcome", (await bot.SayAsync("thanks!")).AllText());
    }

    [Fact]
    public async Task More_topics_lists_every_other_topic_and_one_can_be_picked()
    {
        using var bot = NewBot();
        await bot.SayAsync("menu");
        var replies = await bot.SayAsync("More topics");
        Assert.Equal(ContentLoader.LoadOrThrow(ContentPaths.FixtureEnglish).Text.MoreTopics.Count, replies.Buttons().Count);
        var pick = await bot.SayAsync("Fall planting");
        Assert.Equal("fall-planting", pick.Route()["topic"]!.ToString());
    }

    [Fact]
    public async Task A_teams_mention_is_stripped_before_anything_reads_the_text()
    {
        using var bot = NewBot(channel: Channels.Msteams);
        var activity = bot.Adapter.MakeActivity("<at>AwarenessBot</at> how often should I water the plants?");
        activity.Entities = [new Mention(activity.Recipient, "<at>AwarenessBot</at>")];
        Assert.Equal("watering", (await bot.SendAsync(activity)).Route()["topic"]!.ToString());
    }

    [Fact]
    public async Task In_a_teams_channel_a_prompt_reads_its_answer_without_the_mention()
    {
        using var bot = NewBot(channel: Channels.Msteams);
        bot.Adapter.Conversation.Conversation = new ConversationAccount(conversationType: "channel", id: "19:garden@thread.tacv2");
        Activity Mentioning(string text)
        {
            var activity = bot.Adapter.MakeActivity($"<at>AwarenessBot</at> {text}");
            activity.Entities = [new Mention(activity.Recipient, "<at>AwarenessBot</at>")];
            return activity;
        }
        Assert.Contains("is anyone hurt right now", (await bot.SendAsync(Mentioning("Join the club"))).AllText());
        // Teams users are staff, so "no" goes straight to the answer.
        Assert.Contains("Fixture join answer", (await bot.SendAsync(Mentioning("no"))).AllText());
    }

    [Fact]
    public async Task A_malformed_mention_entity_does_not_break_the_turn()
    {
        using var bot = NewBot(channel: Channels.Msteams);
        var activity = bot.Adapter.MakeActivity("how often should I water the plants?");
        activity.Entities = [new Entity("mention")];
        Assert.Equal("watering", (await bot.SendAsync(activity)).Route()["topic"]!.ToString());
    }

    [Fact]
    public async Task A_card_button_with_null_text_counts_as_the_choice()
    {
        using var bot = NewBot();
        await bot.SayAsync("menu");
        var click = bot.Adapter.MakeActivity();
        click.Text = null;
        click.Value = JObject.Parse("{\"choice\":\"Tools\"}");
        Assert.Equal("tools", (await bot.SendAsync(click)).Route()["dialog"]!.ToString());
    }

    [Fact]
    public async Task Teams_users_are_staff_and_web_chat_users_students_by_default()
    {
        using var teams = NewBot(channel: Channels.Msteams);
        Assert.Contains("Fixture tools for staff", (await teams.SayAsync("Tools")).AllText());
        using var web = NewBot(channel: Channels.Webchat);
        Assert.Contains("Fixture tools for students", (await web.SayAsync("Tools")).AllText());
    }

    [Fact]
    public async Task The_audience_is_remembered_in_user_state_across_conversations()
    {
        var storage = new MemoryStorage();
        using (var bot = NewBot(storage))
        {
            await bot.SayAsync("Tools");
            await bot.SayAsync("School staff");
        }
        using var later = NewBot(storage);
        var other = later.Adapter.MakeActivity("Tools");
        other.Conversation = new ConversationAccount(id: "another-conversation");
        Assert.Contains("Fixture tools for staff", (await later.SendAsync(other)).AllText());
    }

    [Fact]
    public async Task Saying_who_you_are_sets_the_audience()
    {
        using var bot = NewBot(channel: Channels.Msteams);
        Assert.Contains("Fixture noted, student", (await bot.SayAsync("I'm a student")).AllText());
        Assert.Contains("Fixture tools for students", (await bot.SayAsync("Tools")).AllText());
    }

    [Fact]
    public async Task Change_audience_asks_again()
    {
        using var bot = NewBot(channel: Channels.Webchat);
        Assert.Equal(["School staff", "Student"], (await bot.SayAsync("change audience")).Buttons());
        Assert.Contains("Fixture noted, staff", (await bot.SayAsync("School staff")).AllText());
        Assert.Contains("Fixture tools for staff", (await bot.SayAsync("Tools")).AllText());
    }

    [Fact]
    public async Task A_question_in_the_other_language_is_answered_in_it_and_the_bot_offers_to_switch_once()
    {
        using var bot = NewBot();
        var replies = await bot.SayAsync("¿Cada cuánto debo regar las plantas?");
        Assert.Contains("Respuesta de prueba sobre riego", replies.AllText());
        Assert.Contains("Oferta de prueba", replies.AllText());
        Assert.Contains("Español", replies.Buttons());
        Assert.DoesNotContain("Oferta de prueba", (await bot.SayAsync("¿Cuál es la mejor hora para regar?")).AllText());

        var switched = await bot.SayAsync("Español");
        Assert.Contains("Prueba cambiada al español", switched.AllText());
        Assert.Equal(["Semillas", "Herramientas", "Unirme al club", "Más temas"], switched.Buttons());
    }

    [Fact]
    public async Task A_failing_turn_gets_an_apology_with_the_hotline_not_an_exception()
    {
        using var bot = NewBot(configure: services => services.AddSingleton<IContentProvider, FailingContentProvider>());
        var apology = Assert.Single((await bot.SayAsync("how often should I water the plants?")).Messages());
        Assert.Equal(TurnErrorHandler.Apology, apology.Text);
        Assert.Contains(Hotline.Marker, apology.Text);
    }

    [Fact]
    public async Task A_failing_store_gets_trouble_remembering_with_the_hotline_and_the_menu()
    {
        using var bot = NewBot(configure: services => services.AddSingleton<IStorage, FailingStorage>());
        var replies = await bot.SayAsync("how often should I water the plants?");
        var reply = Assert.Single(replies.Messages());
        Assert.Equal(TurnErrorHandler.TroubleRemembering, reply.Text);
        Assert.Contains(Hotline.Marker, reply.Text);
        Assert.Equal(MenuButtons, replies.Buttons());
    }

    [Fact]
    public async Task A_client_that_goes_away_mid_turn_gets_no_apology_and_keeps_its_place()
    {
        var storage = new MemoryStorage();
        using (var bot = NewBot(storage))
        {
            await bot.SayAsync("Join the club");
        }
        using (var cancelled = NewBot(storage, configure: s => s.AddSingleton<IContentProvider, CancellingContentProvider>()))
        {
            Assert.Empty((await cancelled.SayAsync("no")).Messages());
        }
        using var healthy = NewBot(storage);
        Assert.Contains("are you school staff or a student", (await healthy.SayAsync("no")).AllText());
    }

    [Fact]
    public async Task The_error_handler_clears_the_dialog_so_the_user_is_not_stuck()
    {
        var storage = new MemoryStorage();
        using (var bot = NewBot(storage))
        {
            await bot.SayAsync("Join the club");
        }
        // The same conversation, now on a bot whose content is broken: the turn fails...
        using (var broken = NewBot(storage, configure: s => s.AddSingleton<IContentProvider, FailingContentProvider>()))
        {
            Assert.Equal(TurnErrorHandler.Apology, (await broken.SayAsync("no")).Messages().Single().Text);
        }
        // ...and when content is back, the failed dialog is not resumed.
        using var healthy = NewBot(storage);
        Assert.DoesNotContain("are you school staff or a student", (await healthy.SayAsync("no")).AllText());
    }

    [Theory]
    [InlineData("how often should I water the plants?")]
    [InlineData("Tools")]
    [InlineData("my boyfriend sells me to his friends")]
    public async Task A_turn_writes_each_state_once_at_its_end(string text)
    {
        var storage = new CountingStorage();
        using var bot = NewBot(storage);
        await bot.SayAsync("hi");
        storage.Writes.Clear();
        await bot.SayAsync(text);
        Assert.NotEmpty(storage.Writes);
        Assert.All(storage.Writes.GroupBy(k => k), g => Assert.Single(g));
    }

    [Fact]
    public async Task A_store_that_fails_after_no_to_the_check_in_adds_no_apology_to_the_emergency_response()
    {
        var storage = new CountingStorage();
        using var bot = NewBot(storage);
        Assert.Equal(CheckInResponse.English, Assert.Single((await bot.SayAsync("my friend is scared of her boyfriend")).Messages()).Text);
        storage.FailWrites = true;
        var replies = await bot.SayAsync("no");
        Assert.Equal(EmergencyResponse.English, Assert.Single(replies.Messages()).Text);
        Assert.Equal("crisis", replies.Route()["safety"]!.ToString());
    }

    /// <summary>Memory storage that notes every key written, and can fail writes as a store that went down.</summary>
    private sealed class CountingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();
        public List<string> Writes { get; } = [];
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.ReadAsync(keys, cancellationToken);
        public bool FailWrites { get; set; }
        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            if (FailWrites) throw new AwarenessBot.Storage.StorageUnavailableException("The state store (test) failed", new IOException("down"));
            lock (Writes) Writes.AddRange(changes.Keys);
            return _inner.WriteAsync(changes, cancellationToken);
        }
        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
