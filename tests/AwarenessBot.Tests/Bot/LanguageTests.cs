using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.Hosting;
using AwarenessBot.Safety;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace AwarenessBot.Tests.Bot;

/// <summary>The whole bot in Spanish: per-user language, switching, and everything the bot says following it.</summary>
public class LanguageTests
{
    private static readonly ContentLibrary Content = ContentLibraryLoader.LoadOrThrow(ContentPaths.Root);
    private static BotText English => Content.English.Text;
    private static BotText Spanish => Content.For(Language.Spanish).Text;

    private static TestBot NewBot(string channel = Channels.Test) => new(contentPath: ContentPaths.Root, channelId: channel);

    private static Activity Message(TestBot bot, string text, string? locale)
    {
        var activity = bot.Adapter.MakeActivity(text);
        activity.Locale = locale;
        return activity;
    }

    [Fact]
    public async Task A_spanish_question_is_answered_in_spanish_and_the_bot_offers_to_switch()
    {
        using var bot = NewBot();
        var replies = await bot.SayAsync("¿qué es la trata de personas?");
        Assert.Equal("what-is-trafficking", replies.Route()["topic"]!.ToString());
        Assert.DoesNotContain(replies.Messages(), m => m.Text.Contains("force, fraud or coercion"));
        Assert.Contains(replies.Messages(), m => m.Text.StartsWith(Spanish.LanguageOffer, StringComparison.Ordinal));
        Assert.Contains(Spanish.LanguageButton, replies.Buttons());
        // Offered once: the next Spanish question is answered without the offer.
        var next = await bot.SayAsync("cuales son las señales de alerta");
        Assert.DoesNotContain(next.Messages(), m => m.Text.StartsWith(Spanish.LanguageOffer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Espanol_switches_everything_and_english_please_switches_back()
    {
        using var bot = NewBot();
        var switched = await bot.SayAsync("español");
        Assert.Contains(switched.Messages(), m => m.Text.StartsWith(Spanish.LanguageSwitched, StringComparison.Ordinal));
        Assert.Equal(Spanish.Menu.Select(l => l.Title), switched.Buttons());
        // A word alone ("ok", "2") no longer sends the bot back to English.
        var help = await bot.SayAsync("menu");
        Assert.Equal(Spanish.Menu.Select(l => l.Title), help.Buttons());
        var back = await bot.SayAsync("english please");
        Assert.Contains(back.Messages(), m => m.Text.StartsWith(English.LanguageSwitched, StringComparison.Ordinal));
        Assert.Equal(English.Menu.Select(l => l.Title), back.Buttons());
    }

    [Fact]
    public async Task A_spanish_locale_gets_the_welcome_menu_and_answers_in_spanish()
    {
        using var bot = NewBot(Channels.Msteams);
        var update = bot.Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [update.Recipient];
        update.Locale = "es-MX";
        var welcome = await bot.SendAsync(update);
        Assert.Contains(welcome.Messages(), m => m.Text.StartsWith(Spanish.Welcome.Trim()[..20], StringComparison.Ordinal));
        var answer = await bot.SendAsync(Message(bot, "hi", "es-MX"));
        Assert.Contains(answer.Messages(), m => m.Text.StartsWith(Spanish.Greeting, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_emergency_response_and_its_buttons_follow_the_users_language()
    {
        using var bot = NewBot();
        await bot.SayAsync("español");
        var replies = await bot.SayAsync("HELP");
        var message = Assert.Single(replies.Messages());
        Assert.Equal(EmergencyResponse.Spanish, message.Text);
        Assert.Equal(EmergencyResponse.ActionsFor(Language.Spanish).Select(a => a.Title), message.Attachments.Select(a => a.Content).OfType<HeroCard>().Single().Buttons.Select(b => b.Title));
    }

    [Fact]
    public async Task Prompts_numbers_and_yes_no_work_in_spanish()
    {
        using var bot = NewBot();
        await bot.SayAsync("español");
        var report = await bot.SayAsync(Spanish.Menu.Single(l => l.Target == "how-to-report").Title);
        Assert.Equal([Spanish.YesButton, Spanish.NoButton], report.Buttons());
        var audience = await bot.SayAsync("no");
        Assert.Equal("how-to-report", audience.Route()["dialog"]!.ToString());
        var topic = await bot.SayAsync("la segunda");
        Assert.Equal("how-to-report", topic.Route()["topic"]!.ToString());
        Assert.All(topic.Messages(), m => Assert.NotEqual(Language.English, LanguageGuesser.GuessClearly(m.Text)));
    }

    [Fact]
    public async Task The_turn_ends_with_the_spanish_hotline_footer()
    {
        using var bot = NewBot();
        await bot.SayAsync("español");
        var replies = await bot.SayAsync("que es csec");
        Assert.Contains(Hotline.FooterSpanish, replies.Messages()[^1].Text);
        Assert.All(replies.Messages().SkipLast(1), m => Assert.DoesNotContain(Hotline.FooterSpanish, m.Text));
    }

    [Fact]
    public async Task Error_replies_follow_the_message_language_when_the_store_is_down()
    {
        using var bot = new TestBot(contentPath: ContentPaths.Root, configure: s => s.AddSingleton<IStorage, FailingStorage>());
        var replies = await bot.SayAsync("¿cuáles son las señales de la trata?");
        Assert.Equal(TurnErrorHandler.TroubleRememberingSpanish, replies.Messages()[^1].Text);
    }
}
