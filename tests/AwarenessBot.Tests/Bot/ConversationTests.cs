using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.Safety;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Bot;

/// <summary>
/// Whole conversations with the shipped content on the SDK's TestAdapter: what its dialogs say and ask.
/// Where messages go, whatever the content says, is in RoutingTests (on the fixture content).
/// </summary>
public class ConversationTests
{
    [Fact]
    public async Task The_welcome_says_what_the_bot_is_that_no_one_watches_and_shows_the_menu()
    {
        using var bot = new TestBot();
        var replies = await bot.SendAsync(bot.UserJoins());
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
    public async Task What_is_trafficking_gives_the_definition_the_rule_for_minors_then_myths_one_at_a_time()
    {
        using var bot = new TestBot();
        await bot.SendAsync(bot.UserJoins());
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
}
