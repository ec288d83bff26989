using AwarenessBot.Content.Evaluation;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.Hosting;
using AwarenessBot.Safety;
using AwarenessBot.Text;
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

    [Theory]
    [InlineData("va a llover mañana?", Language.Spanish)]
    [InlineData("usan insta o tiktok pa reclutar?", Language.Spanish)]
    [InlineData("me ayudas con mate?", Language.Spanish)]
    [InlineData("help me please", Language.English)]
    [InlineData("a me", null)]
    [InlineData("me traduces this is my homework al español", Language.English)] // a lead of one: the preferred language answers it
    public void Short_chat_messages_are_recognised_and_shared_words_count_for_neither(string text, Language? expected) =>
        Assert.Equal(expected, LanguageGuesser.GuessClearly(text));

    [Fact]
    public async Task After_a_spanish_question_a_word_alone_is_answered_in_spanish_on_an_english_page()
    {
        using var bot = NewBot();
        await bot.SendAsync(Message(bot, "¿qué es la trata de personas?", "en-US"));
        var replies = await bot.SendAsync(Message(bot, "csec?", "en-US"));
        Assert.NotEmpty(replies.Messages());
        Assert.All(replies.Messages(), m => Assert.NotEqual(Language.English, LanguageGuesser.GuessClearly(m.Text)));
        // Writing English again brings English back.
        var english = await bot.SendAsync(Message(bot, "what are the red flags", "en-US"));
        Assert.All(english.Messages(), m => Assert.NotEqual(Language.Spanish, LanguageGuesser.GuessClearly(m.Text)));
    }

    [Theory]
    [InlineData("questions-es-dev.tsv")]
    [InlineData("questions-es-dev-2.tsv")]
    [InlineData("questions-es-heldout.tsv")]
    public async Task Every_answer_to_a_spanish_question_is_in_spanish(string file)
    {
        // One conversation asks every question of the set, as a Spanish-speaking student would.
        using var bot = NewBot();
        var english = new List<string>();
        var replies = 0;
        foreach (var question in EvaluationSet.Read(Path.Combine(AppContext.BaseDirectory, "eval", file)).Select(c => c.Question))
            foreach (var message in (await bot.SayAsync(question)).Messages())
            {
                replies++;
                if (LanguageGuesser.GuessClearly(WithoutLinks(message.Text)) == Language.English) english.Add($"{question} => {message.Text}");
            }
        Assert.True(replies > 0);
        // The held-out set's lines are never printed, so nobody tunes on them.
        Assert.True(english.Count == 0, $"{file}: {english.Count} of {replies} replies read as English" + (file.Contains("heldout", StringComparison.Ordinal) ? "" : "\n" + string.Join("\n", english)));
    }

    // Link lines carry the English titles of English sources (further reading): they say nothing about the bot's language.
    private static string WithoutLinks(string text) => string.Join("\n", text.Split('\n').Where(line => !line.Contains("http", StringComparison.Ordinal)));

    [Fact]
    public async Task Error_replies_follow_the_message_language_when_the_store_is_down()
    {
        using var bot = new TestBot(contentPath: ContentPaths.Root, configure: s => s.AddSingleton<IStorage, FailingStorage>());
        var replies = await bot.SayAsync("¿cuáles son las señales de la trata?");
        Assert.Equal(TurnErrorHandler.TroubleRememberingSpanish, replies.Messages()[^1].Text);
    }
}
