using System.Net;
using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace AwarenessBot.Tests.Browser;

/// <summary>The content admins' page in a real browser: signing in with the key, the charts, a wrong key refused, accessibility.</summary>
public class AdminPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private IBrowserContext? _context;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_context is not null) await _context.CloseAsync();
    }

    private async Task<IPage> OpenAsync()
    {
        fixture.RequireBrowser();
        _context = await fixture.Browser!.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await _context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Bot!.BaseAddress, "/admin").ToString());
        await page.GetByLabel("Admin key").WaitForAsync();
        return page;
    }

    /// <summary>A question over the Bot Framework protocol, so there is something to count.</summary>
    private async Task AskAsync(string text)
    {
        using var client = new HttpClient { BaseAddress = fixture.Bot!.BaseAddress };
        var conversation = Guid.NewGuid().ToString("N");
        var activity = new JObject
        {
            ["type"] = "message", ["id"] = Guid.NewGuid().ToString("N"), ["channelId"] = "webchat",
            ["serviceUrl"] = fixture.Bot.BaseAddress.ToString(), ["deliveryMode"] = "expectReplies",
            ["conversation"] = new JObject { ["id"] = conversation }, ["from"] = new JObject { ["id"] = "user-" + conversation },
            ["recipient"] = new JObject { ["id"] = "bot" }, ["text"] = text,
        };
        using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static void AssertAccessible(Deque.AxeCore.Commons.AxeResult results)
    {
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))})")));
    }

    [SkippableFact]
    public async Task Signing_in_with_the_key_shows_the_counts_as_charts()
    {
        await AskAsync("what does CSEC stand for");
        await AskAsync("what are the red signs");
        var page = await OpenAsync();
        AssertAccessible(await page.RunAxe());

        await page.GetByLabel("Admin key").FillAsync(BrowserFixture.AdminKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Questions answered, by topic" }).WaitForAsync();
        await page.WaitForFunctionAsync("() => { const c = window.Chart && Chart.getChart(document.getElementById('topics-chart')); return c && c.data.labels.length > 0; }");
        Assert.True(await page.Locator("#topics-table tbody tr").CountAsync() >= 1);
        Assert.Contains("Version", await page.Locator("#content-status").TextContentAsync());
        AssertAccessible(await page.RunAxe());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "admin-insights.png"), FullPage = true });

        // Signed in stays signed in (an HttpOnly cookie for /admin only) until signing out.
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.GetByLabel("Admin key").WaitForAsync();
        var cookies = await _context!.CookiesAsync();
        Assert.DoesNotContain(cookies, c => c.Name == "awarenessbot-admin" && c.Value.Length > 0);
    }

    [SkippableFact]
    public async Task A_wrong_key_is_refused_and_shows_nothing()
    {
        var page = await OpenAsync();
        await page.GetByLabel("Admin key").FillAsync("not-the-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByRole(AriaRole.Alert).Filter(new() { HasTextString = "That key is not right." }).WaitForAsync();
        Assert.False(await page.Locator("#dashboard").IsVisibleAsync());
        using var client = new HttpClient();
        using var session = await client.GetAsync(new Uri(fixture.Bot!.BaseAddress, "/admin/session"));
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
    }
}
