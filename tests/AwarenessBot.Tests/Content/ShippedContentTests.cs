using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;

namespace AwarenessBot.Tests.Content;

/// <summary>The content we ship loads cleanly and has what the product promises.</summary>
public class ShippedContentTests
{
    public static readonly string[] RequiredTopicIds =
    [
        "what-is-trafficking", "what-is-csec", "myths-facts", "who-is-vulnerable", "how-traffickers-operate",
        "how-traffickers-reach-youth", "red-signs", "protect-yourself", "how-to-report", "safety-plan", "get-involved",
        "resources", "district-program", "support-services", "awareness-month", "trauma-informed",
    ];

    private static readonly ContentLoadResult Loaded = ContentLoader.Load(ContentPaths.English);

    [Fact]
    public void Loads_without_errors_or_warnings()
    {
        Assert.True(Loaded.Issues.Count == 0, string.Join("\n", Loaded.Issues));
        Assert.NotNull(Loaded.Content);
    }

    [Theory]
    [MemberData(nameof(TopicIds))]
    public void Has_every_required_topic_with_a_source_and_a_body(string id)
    {
        var topic = Loaded.Content!.FindTopic(id);
        Assert.NotNull(topic);
        Assert.False(string.IsNullOrWhiteSpace(topic.Source));
        Assert.NotEmpty(topic.MessagesFor(Audience.Staff));
        Assert.NotEmpty(topic.MessagesFor(Audience.Student));
    }

    public static TheoryData<string> TopicIds() => new(RequiredTopicIds);

    [Theory]
    [InlineData("what-is-trafficking")]
    [InlineData("red-signs")]
    [InlineData("how-to-report")]
    public void The_three_core_flows_are_dialogs_on_the_main_menu(string id)
    {
        Assert.NotNull(Loaded.Content!.FindDialog(id));
        Assert.Contains(Loaded.Content.Text.Menu, l => l.Kind == LinkKind.Dialog && l.Target == id);
    }

    [Fact]
    public void Staff_and_students_get_different_red_signs_and_reporting_steps()
    {
        foreach (var id in new[] { "red-signs", "how-to-report" })
        {
            var topic = Loaded.Content!.FindTopic(id)!;
            Assert.NotEqual(topic.MessagesFor(Audience.Staff), topic.MessagesFor(Audience.Student));
        }
        var staffReport = string.Join("\n", Loaded.Content!.FindTopic("how-to-report")!.MessagesFor(Audience.Staff));
        Assert.Contains("mandated reporting", staffReport);
        Assert.Contains("Linet.Haroutonian@lausd.net", staffReport);
        var studentReport = string.Join("\n", Loaded.Content.FindTopic("how-to-report")!.MessagesFor(Audience.Student));
        Assert.Contains("trusted adult", studentReport);
        Assert.Contains("(213) 241-3840", studentReport);
        Assert.Contains("8:00 a.m. to 4:30 p.m.", studentReport);
    }

    [Fact]
    public void Every_myth_comes_with_its_fact()
    {
        var pages = Loaded.Content!.FindTopic("myths-facts")!.MessagesFor(Audience.All).Skip(1).ToList();
        Assert.True(pages.Count >= 11, $"{pages.Count} myths");
        Assert.All(pages, p => { Assert.Contains("**Myth:**", p); Assert.Contains("**Fact:**", p); });
    }
}
