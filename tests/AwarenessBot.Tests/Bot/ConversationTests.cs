using AwarenessBot.Safety;

namespace AwarenessBot.Tests.Bot;

public class ConversationTests
{
    [Fact]
    public async Task Menu_choice_by_number_starts_the_dialog()
    {
        using var bot = new TestBot();
        var menu = await bot.SayAsync("menu");
        Assert.Contains("How to report", menu.Buttons());
        var next = await bot.SayAsync("3");
        Assert.Contains("immediate danger", next.AllText());
        Assert.Equal("how-to-report", next.Route()["dialog"]!.ToString());
    }
}
