using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;
using AwarenessBot.Safety;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Bot;

/// <summary>The three safety tiers in whole conversations: the check-in and its answers, and the guard at every dialog step.</summary>
public class SafetyTierTests
{
    private const string Concern = "my friend is scared of her boyfriend";
    private const string Disclosure = "that is my life right now, he sells me to his friends";

    [Fact]
    public async Task A_possible_disclosure_gets_the_check_in_with_911_the_hotline_and_two_buttons()
    {
        using var bot = new TestBot();
        var replies = await bot.SayAsync(Concern);
        var message = Assert.Single(replies.Messages());
        Assert.Equal(CheckInResponse.English, message.Text);
        Assert.Contains("911", message.Text);
        Assert.Contains(Hotline.Marker, message.Text);
        Assert.Equal([CheckInResponse.DangerButtonEnglish, CheckInResponse.SafeButtonEnglish], replies.Buttons());
        var route = replies.Route();
        Assert.Equal("check-in", route["safety"]!.ToString());
        Assert.False(route["crisis"]!.Value<bool>());
    }

    [Fact]
    public async Task Im_in_danger_after_the_check_in_gets_the_emergency_response()
    {
        using var bot = new TestBot();
        await bot.SayAsync(Concern);
        var replies = await bot.SayAsync(CheckInResponse.DangerButtonEnglish);
        Assert.Equal(EmergencyResponse.English, Assert.Single(replies.Messages()).Text);
        Assert.Equal("crisis", replies.Route()["safety"]!.ToString());
    }

    [Theory]
    [InlineData("no")]
    [InlineData("not really")]
    public async Task Answering_no_to_are_you_safe_gets_the_emergency_response(string answer)
    {
        using var bot = new TestBot();
        await bot.SayAsync(Concern);
        var replies = await bot.SayAsync(answer);
        Assert.Contains(replies.Messages(), m => m.Text == EmergencyResponse.English);
        Assert.True(replies.Route()["crisis"]!.Value<bool>());
    }

    [Fact]
    public async Task Im_safe_carries_on_with_what_was_asked()
    {
        using var bot = new TestBot();
        // A worry that is also a question: after "I'm safe" the bot answers the question.
        await bot.SayAsync("my friend is scared of her boyfriend, what are the red signs of trafficking");
        var replies = await bot.SayAsync(CheckInResponse.SafeButtonEnglish);
        Assert.StartsWith(CheckInResponse.SafeEnglish, replies.Messages()[0].Text);
        Assert.Equal("red-signs", replies.Route()["topic"]!.ToString());
        Assert.DoesNotContain(replies.Messages(), m => m.Text == EmergencyResponse.English);
    }

    [Fact]
    public async Task Im_safe_returns_to_the_question_a_dialog_was_asking()
    {
        using var bot = new TestBot();
        var question = (await bot.SayAsync("red signs")).Messages().Last().Text;
        await bot.SayAsync(Concern);
        var replies = await bot.SayAsync("I'm safe");
        Assert.Contains(replies.Messages(), m => m.Text.StartsWith(question, StringComparison.Ordinal));
        Assert.Equal("red-signs", replies.Route()["dialog"]!.ToString());
    }

    [Fact]
    public async Task The_check_in_and_its_buttons_are_in_spanish_for_a_spanish_speaker()
    {
        using var bot = new TestBot();
        var replies = await bot.SayAsync("me siento incómoda con mi tío");
        Assert.Equal(CheckInResponse.Spanish, Assert.Single(replies.Messages()).Text);
        Assert.Equal([CheckInResponse.DangerButtonSpanish, CheckInResponse.SafeButtonSpanish], replies.Buttons());
        var danger = await bot.SayAsync(CheckInResponse.DangerButtonSpanish);
        Assert.Equal(EmergencyResponse.Spanish, Assert.Single(danger.Messages()).Text);
    }

    [Fact]
    public async Task The_route_names_the_rules_that_fired_and_the_nearest_exemplars()
    {
        using var bot = new TestBot();
        var route = (await bot.SayAsync("I am being labor trafficked")).Route();
        Assert.Equal("crisis", route["safety"]!.ToString());
        Assert.True(route["crisis"]!.Value<bool>());
        Assert.NotEmpty(route["signals"]!["rules"]!);
        // The rules settled it, so the model was not asked (the emergency response needs no embedding).
        Assert.Equal(JTokenType.Null, route["signals"]!["exemplar"]!.Type);

        var question = (await bot.SayAsync("what does labor trafficking look like")).Route();
        Assert.Empty(question["signals"]!["rules"]!);
        Assert.InRange(question["signals"]!["exemplar"]!["similarity"]!.Value<double>(), 0.0, 1.0);
    }

    /// <summary>A message is read sentence by sentence, so a name given as its own sentence must not look like a disclosure.</summary>
    [Theory]
    [InlineData("I'm Sam Oduya. how do traffickers recruit online?")]
    [InlineData("what is trafficking? im Maria Lopez")]
    [InlineData("Hello, my name is Devon Whitfield. What are the red signs?")]
    public async Task A_question_with_the_askers_name_is_answered_not_treated_as_a_disclosure(string message)
    {
        using var bot = new TestBot();
        var route = (await bot.SayAsync(message)).Route();
        Assert.Equal("none", route["safety"]!.ToString());
        Assert.NotEqual(JTokenType.Null, route["topic"]!.Type);
    }

    /// <summary>
    /// Every dialog, at every step where it waits for the user: a disclosure typed instead of an answer gets
    /// the emergency response, and a possible one the check-in, never "please pick one of the buttons".
    /// </summary>
    [Fact]
    public async Task A_disclosure_typed_at_any_dialog_step_gets_the_safety_response()
    {
        var content = ContentLoader.LoadOrThrow(ContentPaths.English);
        var checkedSteps = 0;
        foreach (var dialog in content.Dialogs.Values)
        {
            for (var step = 0; ; step++)
            {
                using var bot = new TestBot();
                var waiting = await WalkAsync(bot, content, dialog, step);
                if (!waiting) break;
                var crisis = await bot.SayAsync(Disclosure);
                Assert.True(crisis.Messages().Any(m => m.Text == EmergencyResponse.English), $"{dialog.Id}, step {step}: {crisis.AllText()}");

                using var second = new TestBot();
                await WalkAsync(second, content, dialog, step);
                var concern = await second.SayAsync(Concern);
                Assert.True(concern.Messages().Any(m => m.Text == CheckInResponse.English), $"{dialog.Id}, step {step}: {concern.AllText()}");
                checkedSteps++;
            }
        }
        Assert.True(checkedSteps >= content.Dialogs.Count * 2, $"only {checkedSteps} waiting steps checked");
    }

    /// <summary>Starts a dialog and answers its first <paramref name="answers"/> questions; true while it is still waiting.</summary>
    private static async Task<bool> WalkAsync(TestBot bot, ContentSet content, DialogScript dialog, int answers)
    {
        var replies = new List<Microsoft.Bot.Schema.IActivity>();
        foreach (var phrase in StartPhrases(content, dialog)) replies = await bot.SayAsync(phrase);
        for (var i = 0; ; i++)
        {
            if (replies.Route()["dialog"]?.ToString() != dialog.Id) return false;
            if (i == answers) return true;
            var buttons = replies.Buttons();
            // The last button is the calm way on ("No", "Done", "Main menu"); a free-text question gets a plain answer.
            replies = await bot.SayAsync(buttons.Count > 0 ? buttons[^1] : "my aunt");
        }
    }

    /// <summary>What a user types or taps to get into a dialog: its menu button, its topic, or the topic whose button starts it.</summary>
    private static IEnumerable<string> StartPhrases(ContentSet content, DialogScript dialog)
    {
        if (content.Text.Menu.FirstOrDefault(l => l.Target == dialog.Id) is { } menu) return [menu.Title];
        if (content.Topics.Values.FirstOrDefault(t => t.Dialog == dialog.Id) is { } topic) return [topic.Title];
        var parent = content.Topics.Values.First(t => t.Choices.Any(c => c.Kind == LinkKind.Dialog && c.Target == dialog.Id));
        return [parent.Title, parent.Choices.First(c => c.Target == dialog.Id).Title];
    }
}
