using AwarenessBot.Safety;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace AwarenessBot.Tests.Bot;

public class SafetyPlanTests
{
    [Fact]
    public async Task The_walkthrough_asks_three_people_and_three_places_then_shows_a_plan_to_copy()
    {
        var storage = new MemoryStorage();
        using var bot = new TestBot(storage);
        var topic = await bot.SayAsync("how do I make a safety plan");
        Assert.Contains("Make my plan", topic.Buttons());

        var intro = await bot.SayAsync("Make my plan");
        Assert.Contains("I don't save your plan", intro.AllText());
        Assert.Contains("listen without judging you", intro.AllText());
        Assert.Contains("Who's the first person", intro.AllText());

        await bot.SayAsync("Ms. Rivera");
        await bot.SayAsync("Aunt Jo");
        var places = await bot.SayAsync("Skip");
        Assert.Contains("safest or most comfortable", places.AllText());
        await bot.SayAsync("the library");
        await bot.SayAsync("Coach's office");
        var plan = await bot.SayAsync("home");
        var text = plan.AllText();
        Assert.Contains("1. Ms. Rivera\n2. Aunt Jo\n3. (not filled in)", text);
        Assert.Contains("1. the library\n2. Coach's office\n3. home", text);
        Assert.Contains("1-888-373-7888", text);
        Assert.Contains("Copy it now", text);
        Assert.Contains(Hotline.Marker, plan.Messages()[^1].Text);

        // Once the plan is shown, none of it is left in the bot's state.
        var stored = JsonConvert.SerializeObject(await storage.ReadAsync([$"test/conversations/{bot.Adapter.Conversation.Conversation.Id}"], CancellationToken.None));
        Assert.DoesNotContain("Rivera", stored);
        Assert.DoesNotContain("library", stored);
    }

    [Fact]
    public async Task Cancel_leaves_the_walkthrough_and_forgets_the_answers()
    {
        var storage = new MemoryStorage();
        using var bot = new TestBot(storage);
        await bot.SayAsync("safety plan");
        await bot.SayAsync("Make my plan");
        await bot.SayAsync("Mr. Okafor");
        Assert.Contains("I've stopped that", (await bot.SayAsync("cancel")).AllText());
        var stored = JsonConvert.SerializeObject(await storage.ReadAsync([$"test/conversations/{bot.Adapter.Conversation.Conversation.Id}"], CancellationToken.None));
        Assert.DoesNotContain("Okafor", stored);
    }
}
