using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.Hosting;
using AwarenessBot.Safety;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Bot;

/// <summary>Whole conversations with the real bot, middleware and content on the SDK's TestAdapter.</summary>
public class ConversationTests
{
    private static Activity Join(TestBot bot)
    {
        var update = bot.Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [update.From];
        return update;
    }

    [Fact]
    public async Task The_welcome_says_what_the_bot_is_that_no_one_watches_and_shows_the_menu()
    {
        using var bot = new TestBot();
        var replies = await bot.SendAsync(Join(bot));
        var text = replies.AllText();
        Assert.Contains("AwarenessBot", text);
        Assert.Contains("students", text);
        Assert.Contains("staff", text);
        Assert.Contains("No person is watching this chat", text);
        Assert.Contains("not an emergency service", text);
        Assert.Contains(Hotline.Marker, text);
        Assert.Equal(["What is trafficking?", "Red signs", "How to report", "More topics"], replies.Buttons());
    }

    [Fact]
    public async Task No_welcome_when_only_the_bot_joins()
    {
        using var bot = new TestBot();
        var update = Join(bot);
        update.MembersAdded = [update.Recipient];
        Assert.Empty((await bot.SendAsync(update)).Messages());
    }

    [Fact]
    public async Task What_is_trafficking_gives_the_definition_the_rule_for_minors_then_myths_one_at_a_time()
    {
        using var bot = new TestBot();
        await bot.SendAsync(Join(bot));
        var first = await bot.SayAsync("What is trafficking?");
        var text = first.AllText();
        Assert.Contains("force, fraud or coercion", text);
        Assert.Contains("labor", text);
        Assert.Contains("Nobody has to be moved", text);
        Assert.Contains("under 18", text);
        Assert.Equal("what-is-trafficking", first.Route()["dialog"]!.ToString());

        var intro = await bot.SayAsync("Yes, show me");
        Assert.Equal(["Next myth", "Done"], intro.Buttons());
        var myth = await bot.SayAsync("next");
        Assert.Single(myth.Messages());
        Assert.Contains("**Myth:**", myth.AllText());
        Assert.Contains("**Fact:**", myth.AllText());
        Assert.Equal("myths-facts", myth.Route()["topic"]!.ToString());
        var another = await bot.SayAsync("Next myth");
        Assert.NotEqual(myth.AllText(), another.AllText());
        var done = await bot.SayAsync("done");
        Assert.Contains("What would you like next?", done.AllText());
        Assert.Contains("Red signs", done.Buttons());
    }

    [Fact]
    public async Task Paging_through_every_myth_reaches_the_end()
    {
        using var bot = new TestBot();
        var replies = await bot.SayAsync("myths and facts");
        var seen = new List<string> { replies.AllText() };
        for (var i = 0; i < 20 && replies.Buttons().Contains("Next myth"); i++)
        {
            replies = await bot.SayAsync("Next myth");
            seen.Add(replies.AllText());
        }
        // The introduction, then every myth the content has, one per turn.
        var pages = ContentLoader.LoadOrThrow(ContentPaths.English).FindTopic("myths-facts")!.MessagesFor(Audience.All).Count;
        Assert.Equal(pages, seen.Count(s => s.Contains("**Myth:**")) + 1);
        Assert.Contains("Nice work!", seen[^1]);
    }

    [Theory]
    [InlineData("School staff", "Signs you may notice in a student")]
    [InlineData("Student or friend", "Signs to watch for in a friend")]
    public async Task Red_signs_asks_who_you_are_and_frames_the_signs_for_you(string who, string framing)
    {
        using var bot = new TestBot();
        var ask = await bot.SayAsync("red signs");
        Assert.Contains("school staff, or a student or friend", ask.AllText());
        Assert.Equal(["School staff", "Student or friend"], ask.Buttons());

        var signs = await bot.SayAsync(who);
        Assert.Contains(framing, signs.AllText());
        Assert.Contains("What should I do if I see these?", signs.AllText());
        Assert.Equal("red-signs", signs.Route()["topic"]!.ToString());

        var next = await bot.SayAsync("What should I do?");
        Assert.Contains("immediate danger", next.AllText());
        Assert.Equal("how-to-report", next.Route()["dialog"]!.ToString());
    }

    [Fact]
    public async Task Reporting_with_someone_in_danger_sends_the_fixed_emergency_response()
    {
        using var bot = new TestBot();
        await bot.SayAsync("how do I report?");
        var replies = await bot.SayAsync("yes");
        var emergency = Assert.Single(replies.Messages());
        Assert.Equal(EmergencyResponse.English, emergency.Text);
        Assert.Null(replies.Route()["dialog"]!.Value<string>());
    }

    [Fact]
    public async Task Staff_reporting_names_the_hotline_mandated_reporting_and_district_contacts()
    {
        using var bot = new TestBot();
        await bot.SayAsync("how do I report?");
        await bot.SayAsync("no");
        var text = (await bot.SayAsync("I'm a teacher")).AllText();
        Assert.Contains("1-888-373-7888", text);
        Assert.Contains("mandated reporting", text);
        Assert.Contains("Dr. Linet Danoukh", text);
        Assert.DoesNotContain("tell a trusted adult", text);
    }

    [Fact]
    public async Task Student_reporting_says_tell_a_trusted_adult_the_hotline_and_the_wellness_hotline_hours()
    {
        using var bot = new TestBot();
        await bot.SayAsync("how do I report?");
        await bot.SayAsync("no");
        var text = (await bot.SayAsync("2")).AllText();
        Assert.Contains("tell a trusted adult", text);
        Assert.Contains("text **HELP** or **INFO** to **233733**", text);
        Assert.Contains("(213) 241-3840, Monday to Friday, 8:00 a.m. to 4:30 p.m.", text);
        Assert.DoesNotContain("mandated reporting", text);
    }

    [Fact]
    public async Task The_audience_is_asked_once_per_conversation()
    {
        using var bot = new TestBot();
        await bot.SayAsync("red signs");
        await bot.SayAsync("School staff");
        await bot.SayAsync("What should I do?");
        var report = await bot.SayAsync("no");
        Assert.Contains("mandated reporting", report.AllText()); // straight to the staff steps, no second question
    }

    [Fact]
    public async Task A_confident_question_gets_its_topic_and_follow_ups()
    {
        using var bot = new TestBot();
        var replies = await bot.SayAsync("what does CSEC stand for");
        Assert.Contains("Commercial Sexual Exploitation of Children", replies.AllText());
        Assert.Equal(["Who is vulnerable?", "Red signs", "How to report"], replies.Buttons());
        var route = replies.Route();
        Assert.Equal("what-is-csec", route["topic"]!.ToString());
        Assert.True(route["score"]!.Value<double>() >= 0.5);
        Assert.False(route["crisis"]!.Value<bool>());
    }

    [Theory]
    [InlineData("2")]
    [InlineData("the second one")]
    [InlineData("red signs")]
    public async Task A_follow_up_can_be_typed(string typed)
    {
        using var bot = new TestBot();
        await bot.SayAsync("what does CSEC stand for");
        var replies = await bot.SayAsync(typed);
        Assert.Equal("red-signs", replies.Route()["dialog"]!.ToString());
    }

    [Fact]
    public async Task A_close_call_asks_did_you_mean_with_none_of_these()
    {
        using var bot = new TestBot();
        var replies = await bot.SayAsync("online");
        Assert.Contains("Did you mean", replies.AllText());
        var buttons = replies.Buttons();
        Assert.InRange(buttons.Count, 2, 4);
        Assert.Equal("None of these", buttons[^1]);
        Assert.Null(replies.Route()["topic"]!.Value<string>());
        Assert.NotEmpty(replies.Route()["alternatives"]!);

        var none = await bot.SayAsync("None of these");
        Assert.Contains("I don't have an answer", none.AllText());
        Assert.Contains("More topics", none.Buttons());
    }

    [Fact]
    public async Task An_out_of_scope_question_gets_an_honest_answer_the_menu_and_the_hotline()
    {
        using var bot = new TestBot();
        var replies = await bot.SayAsync("what's the best pizza topping?");
        Assert.Contains("I don't have an answer for that", replies.AllText());
        Assert.Contains("More topics", replies.Buttons());
        Assert.Contains(Hotline.Marker, replies.Messages()[^1].Text);
        Assert.Null(replies.Route()["topic"]!.Value<string>());
    }

    [Theory]
    [InlineData("menu")]
    [InlineData("start over")]
    public async Task Menu_works_mid_dialog(string command)
    {
        using var bot = new TestBot();
        await bot.SayAsync("red signs");
        var replies = await bot.SayAsync(command);
        Assert.Equal(["What is trafficking?", "Red signs", "How to report", "More topics"], replies.Buttons());
        Assert.Equal("awareness.main-menu", replies.Route()["dialog"]!.ToString());
    }

    [Theory]
    [InlineData("cancel")]
    [InlineData("stop")]
    [InlineData("quit")]
    public async Task Cancel_works_mid_dialog(string command)
    {
        using var bot = new TestBot();
        await bot.SayAsync("how do I report");
        var replies = await bot.SayAsync(command);
        Assert.Contains("I've stopped that", replies.AllText());
        // The danger question is gone: "yes" is now just a word, not an answer to it.
        var after = await bot.SayAsync("yes");
        Assert.DoesNotContain(EmergencyResponse.English, after.AllText());
    }

    [Fact]
    public async Task Help_works_mid_dialog_and_asks_the_question_again()
    {
        using var bot = new TestBot();
        await bot.SayAsync("red signs");
        var replies = await bot.SayAsync("help");
        Assert.Contains("**menu**", replies.AllText());
        Assert.Contains("school staff, or a student or friend", replies.AllText());
        Assert.Equal("red-signs", replies.Route()["dialog"]!.ToString());
    }

    [Fact]
    public async Task Help_in_the_middle_of_the_myths_shows_the_same_myth_again_with_its_buttons()
    {
        using var bot = new TestBot();
        await bot.SayAsync("What is trafficking?");
        var intro = await bot.SayAsync("Yes, show me");
        var replies = await bot.SayAsync("help");
        Assert.Contains("**menu**", replies.AllText());
        Assert.Equal(intro.Buttons(), replies.Buttons());
        Assert.Equal(intro.Messages().Last().Text, replies.Messages().Last().Text);
    }

    [Fact]
    public async Task A_new_question_mid_dialog_is_answered()
    {
        using var bot = new TestBot();
        await bot.SayAsync("red signs");
        var replies = await bot.SayAsync("what does CSEC stand for");
        Assert.Contains("Commercial Sexual Exploitation of Children", replies.AllText());
    }

    [Fact]
    public async Task A_crisis_message_mid_dialog_cancels_it_and_sends_the_emergency_response_only()
    {
        using var bot = new TestBot();
        await bot.SayAsync("red signs");
        var replies = await bot.SayAsync("my boyfriend sells me to his friends");
        Assert.Equal(EmergencyResponse.English, Assert.Single(replies.Messages()).Text);
        var route = replies.Route();
        Assert.True(route["crisis"]!.Value<bool>());
        Assert.Null(route["topic"]!.Value<string>());
        Assert.Null(route["dialog"]!.Value<string>());
        // The red-signs question is gone.
        var after = await bot.SayAsync("School staff");
        Assert.DoesNotContain("Signs you may notice", after.AllText());
    }

    [Fact]
    public async Task A_spanish_crisis_message_gets_the_spanish_emergency_response()
    {
        using var bot = new TestBot();
        var replies = await bot.SayAsync("me quiero morir");
        Assert.Equal(EmergencyResponse.Spanish, Assert.Single(replies.Messages()).Text);
    }

    [Fact]
    public async Task The_emergency_response_goes_out_when_storage_and_content_both_fail()
    {
        using var bot = new TestBot(configure: services =>
        {
            services.AddSingleton<IStorage, FailingStorage>();
            services.AddSingleton<IContentProvider, FailingContentProvider>();
        });
        var replies = await bot.SayAsync("I'm being forced to have sex and I'm only 12");
        var message = Assert.Single(replies.Messages());
        Assert.Equal(EmergencyResponse.English, message.Text);
        Assert.Contains(message.Attachments.Select(a => a.Content).OfType<HeroCard>().Single().Buttons, b => (string)b.Value == "tel:911");
    }

    [Fact]
    public async Task A_failing_turn_gets_an_apology_with_the_hotline_not_an_exception()
    {
        using var bot = new TestBot(configure: services => services.AddSingleton<IContentProvider, FailingContentProvider>());
        var replies = await bot.SayAsync("what is csec");
        var apology = Assert.Single(replies.Messages());
        Assert.Equal(TurnErrorHandler.Apology, apology.Text);
        Assert.Contains(Hotline.Marker, apology.Text);
    }

    [Fact]
    public async Task A_failing_store_gets_trouble_remembering_with_the_hotline_and_the_menu()
    {
        using var bot = new TestBot(configure: services => services.AddSingleton<IStorage, FailingStorage>());
        var replies = await bot.SayAsync("what is csec");
        var reply = Assert.Single(replies.Messages());
        Assert.Equal(TurnErrorHandler.TroubleRemembering, reply.Text);
        Assert.Contains(Hotline.Marker, reply.Text);
        Assert.Contains("More topics", replies.Buttons());
    }

    [Fact]
    public async Task A_client_that_goes_away_mid_turn_gets_no_apology_and_keeps_its_place()
    {
        var storage = new MemoryStorage();
        using (var bot = new TestBot(storage))
        {
            await bot.SayAsync("how do I report");
        }
        using (var cancelled = new TestBot(storage, configure: s => s.AddSingleton<IContentProvider, CancellingContentProvider>()))
        {
            Assert.Empty((await cancelled.SayAsync("no")).Messages());
        }
        using var healthy = new TestBot(storage);
        Assert.Contains("school staff, or a student", (await healthy.SayAsync("no")).AllText());
    }

    [Fact]
    public async Task The_error_handler_clears_the_dialog_so_the_user_is_not_stuck()
    {
        var storage = new MemoryStorage();
        using (var bot = new TestBot(storage))
        {
            await bot.SayAsync("how do I report");
        }
        // The same conversation, now on a bot whose content is broken: the turn fails...
        using (var broken = new TestBot(storage, configure: s => s.AddSingleton<IContentProvider, FailingContentProvider>()))
        {
            Assert.Equal(TurnErrorHandler.Apology, (await broken.SayAsync("no")).Messages().Single().Text);
        }
        // ...and when content is back, the failed dialog is not resumed.
        using var healthy = new TestBot(storage);
        var replies = await healthy.SayAsync("no");
        Assert.DoesNotContain("school staff, or a student", replies.AllText());
    }

    [Fact]
    public async Task A_dialog_continues_after_the_bot_restarts_with_the_same_storage()
    {
        var storage = new MemoryStorage();
        using (var first = new TestBot(storage))
        {
            Assert.Contains("immediate danger", (await first.SayAsync("how do I report?")).AllText());
            Assert.Contains("school staff, or a student", (await first.SayAsync("no")).AllText());
        }
        using var second = new TestBot(storage);
        var replies = await second.SayAsync("Student or friend");
        Assert.Contains("tell a trusted adult", replies.AllText());
        Assert.Equal("how-to-report", replies.Route()["topic"]!.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂🙂")]
    [InlineData("!!!")]
    public async Task Empty_or_emoji_only_messages_get_a_nudge_and_the_menu(string text)
    {
        using var bot = new TestBot();
        var replies = await bot.SayAsync(text);
        Assert.Contains("I didn't catch that", replies.AllText());
        Assert.Contains("More topics", replies.Buttons());
    }

    [Fact]
    public async Task An_attachment_only_message_gets_a_nudge_and_the_menu()
    {
        using var bot = new TestBot();
        var activity = bot.Adapter.MakeActivity();
        activity.Attachments = [new Attachment("image/png", "https://example.org/picture.png")];
        var replies = await bot.SendAsync(activity);
        Assert.Contains("I didn't catch that", replies.AllText());
        Assert.Contains("More topics", replies.Buttons());
    }

    [Fact]
    public async Task A_very_long_message_is_politely_refused_but_still_checked_for_crisis()
    {
        using var bot = new TestBot();
        var filler = string.Concat(Enumerable.Repeat("tell me about school clubs ", 250));
        var refused = await bot.SayAsync(filler);
        Assert.Contains("Could you shorten it", refused.AllText());

        var crisis = await bot.SayAsync(filler + " i want to kill myself");
        Assert.Equal(EmergencyResponse.English, Assert.Single(crisis.Messages()).Text);
    }

    [Theory]
    [InlineData("¿qué es la trata de personas?")]
    [InlineData("<b>hello</b><script>alert(1)</script>")]
    [InlineData("asdfghjkl")]
    public async Task Odd_messages_get_a_friendly_reply_with_the_hotline(string text)
    {
        using var bot = new TestBot();
        var replies = await bot.SayAsync(text);
        Assert.NotEmpty(replies.Messages());
        Assert.Contains(Hotline.Marker, replies.Messages()[^1].Text);
    }

    [Fact]
    public async Task A_teams_mention_is_stripped_before_reading_the_text()
    {
        using var bot = new TestBot(channelId: Channels.Msteams);
        var activity = bot.Adapter.MakeActivity("<at>AwarenessBot</at> what does CSEC stand for");
        activity.Entities = [new Mention(activity.Recipient, "<at>AwarenessBot</at>")];
        var replies = await bot.SendAsync(activity);
        Assert.Equal("what-is-csec", replies.Route()["topic"]!.ToString());
    }

    [Fact]
    public async Task A_malformed_mention_entity_does_not_break_the_turn()
    {
        using var bot = new TestBot(channelId: Channels.Msteams);
        var activity = bot.Adapter.MakeActivity("what does CSEC stand for");
        activity.Entities = [new Entity("mention")];
        var replies = await bot.SendAsync(activity);
        Assert.Equal("what-is-csec", replies.Route()["topic"]!.ToString());
    }

    [Fact]
    public async Task A_card_button_with_null_text_counts_as_the_choice()
    {
        using var bot = new TestBot();
        await bot.SayAsync("menu");
        var click = bot.Adapter.MakeActivity();
        click.Text = null;
        click.Value = Newtonsoft.Json.Linq.JObject.Parse("{\"choice\":\"Red signs\"}");
        var replies = await bot.SendAsync(click);
        Assert.Equal("red-signs", replies.Route()["dialog"]!.ToString());
    }

    [Fact]
    public async Task Greetings_and_thanks_get_a_warm_reply()
    {
        using var bot = new TestBot();
        Assert.Contains("glad you're here", (await bot.SayAsync("hi")).AllText());
        Assert.Contains("You're welcome", (await bot.SayAsync("thanks!")).AllText());
    }

    [Fact]
    public async Task More_topics_lists_every_other_topic_as_a_card()
    {
        using var bot = new TestBot();
        await bot.SayAsync("menu");
        var replies = await bot.SayAsync("More topics");
        Assert.Equal(ContentLoader.LoadOrThrow(ContentPaths.English).Text.MoreTopics.Count, replies.Buttons().Count);
        var pick = await bot.SayAsync("Safety plan");
        Assert.Equal("safety-plan", pick.Route()["topic"]!.ToString());
    }

    [Fact]
    public async Task Teams_users_are_staff_by_default()
    {
        using var bot = new TestBot(channelId: Channels.Msteams);
        var replies = await bot.SayAsync("red signs");
        Assert.Contains("Signs you may notice in a student", replies.AllText());
    }

    [Fact]
    public async Task Web_chat_users_are_students_by_default()
    {
        using var bot = new TestBot(channelId: Channels.Webchat);
        var replies = await bot.SayAsync("red signs");
        Assert.Contains("Signs to watch for in a friend", replies.AllText());
    }

    [Fact]
    public async Task The_audience_is_remembered_in_user_state_across_conversations()
    {
        var storage = new MemoryStorage();
        using (var bot = new TestBot(storage))
        {
            await bot.SayAsync("red signs");
            await bot.SayAsync("School staff");
        }
        using var later = new TestBot(storage);
        var other = later.Adapter.MakeActivity("red signs");
        other.Conversation = new ConversationAccount(id: "another-conversation");
        var replies = await later.SendAsync(other);
        Assert.Contains("Signs you may notice in a student", replies.AllText());
    }

    [Fact]
    public async Task Saying_who_you_are_sets_the_audience()
    {
        using var bot = new TestBot(channelId: Channels.Msteams);
        var said = await bot.SayAsync("I'm a student");
        Assert.Contains("I'll answer for students", said.AllText());
        Assert.Contains("Signs to watch for in a friend", (await bot.SayAsync("red signs")).AllText());
    }

    [Fact]
    public async Task Change_audience_asks_again()
    {
        using var bot = new TestBot(channelId: Channels.Webchat);
        var ask = await bot.SayAsync("change audience");
        Assert.Equal(["School staff", "Student or friend"], ask.Buttons());
        Assert.Contains("I'll answer for school staff", (await bot.SayAsync("School staff")).AllText());
        Assert.Contains("Signs you may notice in a student", (await bot.SayAsync("red signs")).AllText());
    }

    [Fact]
    public async Task The_web_pages_join_event_gets_the_welcome_once()
    {
        using var bot = new TestBot(channelId: Channels.Webchat);
        Activity Join()
        {
            var join = bot.Adapter.MakeActivity();
            join.Type = ActivityTypes.Event;
            join.Name = "webchat/join";
            return join;
        }
        Assert.Contains("No person is watching this chat", (await bot.SendAsync(Join())).AllText());
        Assert.Empty((await bot.SendAsync(Join())).Messages());
    }
}
