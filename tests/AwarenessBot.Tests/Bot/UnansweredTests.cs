using AwarenessBot.Safety;
using AwarenessBot.Analytics;
using AwarenessBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AwarenessBot.Tests.Bot;

public class UnansweredTests
{
    private static string TempFolder() => Path.Combine(Path.GetTempPath(), "awarenessbot-data-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Questions_the_bot_cannot_answer_are_counted_with_personal_details_masked()
    {
        var folder = TempFolder();
        try
        {
            using var bot = new TestBot(configure: s => s.Configure<DataOptions>(o => o.Path = folder));
            await bot.SayAsync("what's the best pizza topping?");
            await bot.SayAsync("what's the best pizza topping?");
            await bot.SayAsync("can you email me at jo.smith@example.com about prom");
            await bot.SayAsync("what does CSEC stand for"); // answered: not recorded

            var top = bot.Get<UnansweredLog>().Top(10);
            Assert.Equal(new UnansweredLog.Entry("what's the best pizza topping?", Language.English, 2), top[0]);
            Assert.Contains(top, e => e.Question == "can you email me at [email] about prom");
            Assert.DoesNotContain(top, e => e.Question.Contains("CSEC"));

            // Stopping the bot writes the counts; the admin tool (a new process) reads them from the file.
            bot.Dispose();
            var file = await File.ReadAllTextAsync(Path.Combine(folder, "unanswered-questions.json"));
            Assert.DoesNotContain("jo.smith", file);
            using var later = new UnansweredLog(Options.Create(new DataOptions { Path = folder }), NullLogger<UnansweredLog>.Instance);
            Assert.Equal(new UnansweredLog.Entry("what's the best pizza topping?", Language.English, 2), later.Top(1)[0]);
            later.Record("what's the best pizza topping?");
            later.Flush();
            using var reread = new UnansweredLog(Options.Create(new DataOptions { Path = folder }), NullLogger<UnansweredLog>.Instance);
            Assert.Equal(3, reread.Top(1)[0].Count);
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Messages_that_got_the_emergency_response_or_the_check_in_are_never_recorded()
    {
        using var bot = new TestBot(configure: s => s.Configure<DataOptions>(o => o.Path = TempFolder()));
        await bot.SayAsync("i want to kill myself");
        await bot.SayAsync("my friend is scared of her boyfriend");
        await bot.SayAsync("I'm safe");
        await bot.SayAsync("no"); // an answer to the menu, not a question
        Assert.DoesNotContain(bot.Get<UnansweredLog>().Top(10), e => e.Question.Contains("kill", StringComparison.Ordinal) || e.Question.Contains("boyfriend", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unwritable_folder_never_costs_an_answer()
    {
        using var log = new UnansweredLog(Options.Create(new DataOptions { Path = "/proc/not-writable" }), NullLogger<UnansweredLog>.Instance);
        log.Record("anything"); // must not throw
        log.Flush();            // nor this
        Assert.Equal([new UnansweredLog.Entry("anything", Language.English, 1)], log.Top(5));
    }

    [Fact]
    public void A_damaged_file_is_kept_aside_and_counting_starts_afresh()
    {
        var folder = TempFolder();
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "unanswered-questions.json");
            File.WriteAllText(path, "{ not json");
            using (var log = new UnansweredLog(Options.Create(new DataOptions { Path = folder }), NullLogger<UnansweredLog>.Instance))
            {
                log.Record("prom dates");
                Assert.Equal([new UnansweredLog.Entry("prom dates", Language.English, 1)], log.Top(5));
            }
            Assert.Equal("{ not json", File.ReadAllText(path + ".damaged"));
            Assert.Contains("prom dates", File.ReadAllText(path));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
        }
    }
}
