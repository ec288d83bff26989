using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Model;

namespace AwarenessBot.Tests.Content;

/// <summary>Every part of the toolkit can be reached, and every topic says where its facts come from.</summary>
public class CoverageTests
{
    private static readonly ContentSet Content = ContentLoader.LoadOrThrow(ContentPaths.English);

    [Fact]
    public void Every_topic_is_reachable_from_the_main_menu_within_three_choices()
    {
        // Breadth-first over buttons: the main menu's buttons are choice 1.
        var depth = new Dictionary<string, int>();
        var frontier = new Queue<(Link Link, int Depth)>(Content.Text.Menu.Select(l => (l, 1)));
        var seen = new HashSet<string>();
        while (frontier.Count > 0)
        {
            var (link, d) = frontier.Dequeue();
            if (d > 3 || !seen.Add($"{link.Kind}:{link.Target}")) continue;
            foreach (var (topicId, next) in Follow(link))
            {
                if (topicId is not null) depth.TryAdd(topicId, d);
                foreach (var n in next) frontier.Enqueue((n, d + 1));
            }
        }
        var unreachable = Content.Topics.Keys.Where(t => !depth.ContainsKey(t)).ToList();
        Assert.True(unreachable.Count == 0, "not reachable within three choices: " + string.Join(", ", unreachable));
    }

    /// <summary>What a button shows (topic ids) and which buttons come with it.</summary>
    private static IEnumerable<(string? TopicId, IEnumerable<Link> Next)> Follow(Link link)
    {
        switch (link.Kind)
        {
            case LinkKind.Topic when Content.FindTopic(link.Target) is { } topic:
                yield return (topic.Id, topic.Dialog is { } dialog ? DialogLinks(Content.FindDialog(dialog)!) : topic.Choices);
                break;
            case LinkKind.Dialog when Content.FindDialog(link.Target) is { } script:
                foreach (var shown in ShownBy(script.Steps)) yield return (shown, []);
                yield return (script.Topic, DialogLinks(script));
                break;
            case LinkKind.MoreTopics:
                yield return (null, Content.Text.MoreTopics.Select(id => new Link(id, LinkKind.Topic, id, default)));
                break;
        }
    }

    private static IEnumerable<string> ShownBy(IEnumerable<ScriptStep> steps) =>
        steps.SelectMany(s => s switch
        {
            TopicStep t => [t.TopicId],
            PagesStep p => [p.TopicId],
            AskStep a => ShownBy(a.Choices.SelectMany(c => c.Then)),
            _ => [],
        });

    private static IEnumerable<Link> DialogLinks(DialogScript script) =>
        script.Steps.OfType<AskStep>().SelectMany(a => a.Choices).SelectMany(c => c.Then).Select(s => s switch
        {
            TopicStep t => new Link(t.TopicId, LinkKind.Topic, t.TopicId, default),
            StartDialogStep d => new Link(d.DialogId, LinkKind.Dialog, d.DialogId, default),
            MenuStep => new Link("menu", LinkKind.Menu, null, default),
            _ => null,
        }).OfType<Link>();

    /// <summary>The toolkit's sections (the sections the toolkit is organised in), each cited by a topic's source.</summary>
    [Theory]
    [InlineData("What is Human Trafficking?")]
    [InlineData("What is Commercial Sexual Exploitation of Children (CSEC)?")]
    [InlineData("Myths, Facts & Statistics")]
    [InlineData("Who is vulnerable?")]
    [InlineData("How Traffickers Operate")]
    [InlineData("How Traffickers Reach Youth")]
    [InlineData("Recognize the Red Signs and Tell a Trusted Adult")]
    [InlineData("How to Protect Yourself")]
    [InlineData("Report suspected human trafficking")]
    [InlineData("Safety Planning")]
    [InlineData("Human Trafficking Campaigns")]
    [InlineData("ECPAT-USA, NHTRC, Polaris")]
    [InlineData("Cadre of Consultants")]
    [InlineData("Additional support and resources")]
    [InlineData("January is Human Trafficking Awareness Month")]
    [InlineData("trauma-informed approach")]
    public void Every_toolkit_section_is_cited_by_a_topic(string section)
    {
        Assert.Contains(Content.Topics.Values, t => t.Source.Contains(section, StringComparison.OrdinalIgnoreCase));
        var toolkit = Path.Combine(RepositoryPaths.Root, "..", "shared", "toolkit", "csec-awareness-toolkit.txt");
        if (File.Exists(toolkit) && section != "ECPAT-USA, NHTRC, Polaris")
            Assert.Contains(section.Split(',')[0], File.ReadAllText(toolkit).Replace("\n", " "), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Each_myth_red_sign_and_safety_tip_of_the_toolkit_is_in_the_content()
    {
        var all = string.Join("\n", Content.Topics.Values.SelectMany(t => t.MessagesFor(Audience.All)));
        foreach (var fragment in new[]
        {
            "always, or usually, a violent crime", "labor *or* commercial sex", "foreign national", "half of sex trafficking victims",
            "smuggling", "involving a **minor**", "restaurants, cleaning services, construction", "locked in", "developing countries",
            "romantic partners", "Agreeing at first",
            "noticeably older", "cuts and bruises", "expensive items", "usual friends", "missing a lot of school", "drinking or using drugs",
            "**private**", "Don't accept requests", "Don't meet", "location", "Never share personal info", "report them", "Think before you post",
            "under the influence", "abusive or possessive", "Trust your instincts",
            "awareness team", "Slavery Footprint", "Dressember", "January 11th", "Schedule a presentation",
            "ECPAT-USA", "NHTRC", "Polaris", "Further reading",
            "Not in our Schools, Not in our Communities", "Cadre of Consultants", "four key deliverables", "request a training",
            "(213) 241-3840", "Homeless Education Office", "safety, trustworthiness and empowerment", "President Obama",
        })
            Assert.Contains(fragment, all, StringComparison.OrdinalIgnoreCase);
    }
}
