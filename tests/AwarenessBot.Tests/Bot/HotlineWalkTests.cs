using AwarenessBot.Content.Loading;
using AwarenessBot.Safety;
using Microsoft.Bot.Schema;

namespace AwarenessBot.Tests.Bot;

/// <summary>
/// Walks every path through the bot, from the welcome and from each topic's first example
/// question, clicking every button (depth-first, each distinct screen once), and checks that
/// every turn shows the hotline once: on its last message.
/// </summary>
public class HotlineWalkTests
{
    private const int MaxDepth = 8;

    [Fact]
    public async Task Every_turn_on_every_path_ends_with_the_hotline()
    {
        var content = ContentLoader.LoadOrThrow(ContentPaths.English);
        var starts = new List<List<string>> { new() }; // the welcome
        starts.AddRange(content.Topics.Values.Select(t => new List<string> { t.Questions[0] }));

        var seenScreens = new HashSet<string>();
        var topicsShown = new HashSet<string>();
        var dialogsRun = new HashSet<string>();
        var messages = 0;
        var pending = new Stack<List<string>>(starts);
        while (pending.Count > 0)
        {
            var path = pending.Pop();
            using var bot = new TestBot();
            var replies = await Replay(bot, path);
            var turn = replies.Messages();
            messages += turn.Count;
            Assert.True(turn.Count > 0 && CarriesHotline(turn[^1]), $"no hotline on the last message after [{string.Join(" > ", path)}]: {turn.LastOrDefault()?.Text}");
            // Once per turn: no footer under the bubbles before the last.
            Assert.All(turn.SkipLast(1), m => Assert.DoesNotContain(Hotline.Footer, m.Text ?? ""));
            if (replies.OfType<Activity>().FirstOrDefault(a => a.Type == ActivityTypes.Trace) is { Value: Newtonsoft.Json.Linq.JObject route })
            {
                if (route.Value<string>("topic") is { } topic) topicsShown.Add(topic);
                if (route.Value<string>("dialog") is { } dialog) dialogsRun.Add(dialog);
            }

            var screen = string.Join("|", replies.Messages().Select(m => m.Text)) + "#" + string.Join("|", replies.Buttons());
            if (path.Count >= MaxDepth || !seenScreens.Add(screen)) continue;
            foreach (var button in replies.Buttons().Where(b => !b.StartsWith("Call", StringComparison.Ordinal) && !b.StartsWith("Text", StringComparison.Ordinal)))
                pending.Push([.. path, button]);
        }

        Assert.True(messages > 100, $"only {messages} messages checked");
        Assert.Superset(content.Topics.Keys.ToHashSet(), topicsShown);
        Assert.Superset(content.Dialogs.Keys.ToHashSet(), dialogsRun);
    }

    private static async Task<List<Microsoft.Bot.Schema.IActivity>> Replay(TestBot bot, List<string> path)
    {
        var join = bot.Adapter.MakeActivity();
        join.Type = ActivityTypes.ConversationUpdate;
        join.MembersAdded = [join.From];
        var replies = await bot.SendAsync(join);
        foreach (var input in path) replies = await bot.SayAsync(input);
        return replies;
    }

    private static bool CarriesHotline(IMessageActivity message) =>
        message.Text?.Contains(Hotline.Marker, StringComparison.Ordinal) == true;
}
