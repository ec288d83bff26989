using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace AwarenessBot.Tests.Browser;

/// <summary>The students' page in a real browser: Web Chat, the embedded Direct Line, the bot, quick exit and accessibility.</summary>
public class WebChatPageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Each test's pages are closed after it, so the next test's page is the one with focus.</summary>
    public async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }

    private async Task<IBrowserContext> NewContextAsync(ViewportSize? viewport = null)
    {
        var context = await fixture.Browser!.NewContextAsync(new() { ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 } });
        _contexts.Add(context);
        return context;
    }

    private const string SendBox = "[data-id=\"webchat-sendbox-input\"]";

    /// <summary>A fresh page (its own browser context: no shared storage), watching every request it makes.</summary>
    private async Task<(IPage Page, List<string> Requests, List<string> Console)> OpenAsync(ViewportSize? viewport = null)
    {
        fixture.RequireBrowser();
        var context = await NewContextAsync(viewport);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        var console = new List<string>();
        page.Request += (_, request) => { lock (requests) requests.Add(request.Url); };
        page.Console += (_, message) => { lock (console) console.Add($"{message.Type}: {message.Text}"); };
        await page.GotoAsync(fixture.Bot!.BaseAddress.ToString());
        await BotSays(page, "No person is watching this chat");
        return (page, requests, console);
    }

    private static Task BotSays(IPage page, string text) =>
        page.Locator(".webchat__bubble__content", new() { HasTextString = text }).First.WaitForAsync(new() { Timeout = 20_000 });

    /// <summary>A suggested-action button (Web Chat also mirrors them, hidden, in a live region for screen readers).</summary>
    private static ILocator Choice(IPage page, string title) =>
        page.Locator("button.webchat__suggested-actions__button", new() { HasTextString = title }).Last;

    private static async Task SendAsync(IPage page, string text)
    {
        await page.FillAsync(SendBox, text);
        await page.PressAsync(SendBox, "Enter");
    }

    /// <summary>
    /// Waits until the page is on the exit URL. Polls the URL rather than using WaitForURL, which can
    /// miss a navigation that commits while it starts waiting.
    /// </summary>
    private async Task WaitForExitAsync(IPage page)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (page.Url != fixture.ExitUrl.ToString() && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(fixture.ExitUrl.ToString(), page.Url);
    }

    private static async Task ScreenshotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, name + ".png"), FullPage = true });

    [SkippableFact]
    public async Task The_page_opens_with_the_welcome_a_clear_header_and_the_send_box_focused()
    {
        var (page, requests, console) = await OpenAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        // The page's hello and the conversation's start both ask for the welcome; it comes once.
        await Task.Delay(1500);
        Assert.Equal(1, await page.Locator(".webchat__bubble__content", new() { HasTextString = "No person is watching this chat" }).CountAsync());
        Assert.True(await page.Locator("a[href='tel:+18883737888']").IsVisibleAsync());
        Assert.True(await page.Locator("a[href^='sms:233733']").IsVisibleAsync());
        Assert.True(await page.Locator("a[href='tel:911']").IsVisibleAsync());
        Assert.Contains("no person reads it", await page.InnerTextAsync("header"));
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Leave this site" }).IsVisibleAsync());
        Assert.True(await Choice(page, "More topics").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("[title='Upload file'], .webchat__upload-button").CountAsync());
        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.matches('[data-id=\"webchat-sendbox-input\"]')");
        await ScreenshotAsync(page, "welcome-desktop");

        var origin = fixture.Bot!.BaseAddress.GetLeftPart(UriPartial.Authority);
        lock (requests) Assert.All(requests, url => Assert.True(url.StartsWith(origin, StringComparison.Ordinal) || url.StartsWith("blob:") || url.StartsWith("data:"), $"third-party request: {url}"));
        lock (console) Assert.True(console.All(m => !m.StartsWith("error", StringComparison.Ordinal) && !m.Contains("Content Security Policy")), string.Join("\n", console));
    }

    [SkippableFact]
    public async Task Clicking_a_menu_choice_shows_its_answer()
    {
        var (page, _, _) = await OpenAsync();
        await Choice(page, "Red signs").ClickAsync();
        // The web chat is for students: the student framing, without asking.
        await BotSays(page, "Signs to watch for in a friend");
        await ScreenshotAsync(page, "red-signs");
    }

    [SkippableFact]
    public async Task A_typed_question_gets_the_matched_topic()
    {
        var (page, _, _) = await OpenAsync();
        await SendAsync(page, "what does CSEC stand for?");
        await BotSays(page, "Commercial Sexual Exploitation of Children");
        Assert.True(await page.Locator(".webchat__bubble--from-user", new() { HasTextString = "what does CSEC stand for?" }).IsVisibleAsync());
    }

    [SkippableFact]
    public async Task A_crisis_message_gets_the_emergency_response()
    {
        var (page, _, _) = await OpenAsync();
        await SendAsync(page, "im being forced to do things and i cant leave");
        await BotSays(page, "If you are in danger right now, call 911.");
        await BotSays(page, "988");
        await ScreenshotAsync(page, "crisis");
    }

    [SkippableFact]
    public async Task The_leave_button_blanks_the_page_and_replaces_it_in_history()
    {
        fixture.RequireBrowser();
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Bot!.BaseAddress, "/healthz?before=1").ToString());
        await page.GotoAsync(fixture.Bot.BaseAddress.ToString());
        await BotSays(page, "No person is watching this chat");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => localStorage.length + sessionStorage.length"));
        Assert.Empty(await context.CookiesAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Leave this site" }).ClickAsync();
        await WaitForExitAsync(page);
        await page.GoBackAsync();
        Assert.Contains("before=1", page.Url); // Back skips the chat: it was replaced, not left behind.
    }

    [SkippableFact]
    public async Task Pressing_shift_three_times_leaves_the_site()
    {
        var (page, _, _) = await OpenAsync();
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await page.Keyboard.PressAsync("Shift");
        await WaitForExitAsync(page);
    }

    [SkippableFact]
    public async Task The_page_has_no_serious_or_critical_accessibility_violations()
    {
        var (page, _, _) = await OpenAsync();
        await Choice(page, "Red signs").ClickAsync();
        await BotSays(page, "Signs to watch for in a friend");
        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))})")));
    }

    [SkippableFact]
    public async Task Keyboard_only_use_works()
    {
        var (page, _, _) = await OpenAsync();
        // From the send box, type and send with the keyboard alone.
        await page.Keyboard.TypeAsync("how do I report?");
        await page.Keyboard.PressAsync("Enter");
        await BotSays(page, "immediate danger");
        // From the top of the page (the skip link), Tab reaches the quick exit first, and Enter uses it.
        await page.FocusAsync(".skip-link");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("quick-exit", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Enter");
        await WaitForExitAsync(page);
    }

    [SkippableFact]
    public async Task The_page_and_the_bot_work_in_spanish()
    {
        fixture.RequireBrowser();
        var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(fixture.Bot!.BaseAddress, "/?lang=es").ToString());
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("ninguna persona lo lee", await page.InnerTextAsync("header"));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "English" }).IsVisibleAsync());
        // The welcome, the menu and Web Chat's own strings (its send box) are in Spanish.
        await BotSays(page, "Ninguna persona está viendo este chat");
        Assert.True(await Choice(page, "Más temas").IsVisibleAsync());
        Assert.Contains("mensaje", await page.GetAttributeAsync(SendBox, "placeholder") ?? "", StringComparison.OrdinalIgnoreCase);

        await SendAsync(page, "¿qué es la trata de personas?");
        await BotSays(page, "Hay una regla más que hay que saber sobre la gente joven");
        await SendAsync(page, "me quiero morir");
        await BotSays(page, "Si estás en peligro ahora mismo, llama al 911.");
        await ScreenshotAsync(page, "spanish");

        var results = await page.RunAxe();
        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))})")));

        await page.GetByRole(AriaRole.Button, new() { Name = "Salir de este sitio" }).ClickAsync();
        await WaitForExitAsync(page);
    }

    [SkippableFact]
    public async Task The_language_link_switches_the_page_and_the_bot()
    {
        var (page, _, _) = await OpenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Español" }).ClickAsync();
        await BotSays(page, "Ninguna persona está viendo este chat");
        Assert.Equal("es", await page.GetAttributeAsync("html", "lang"));
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await BotSays(page, "No person is watching this chat");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }

    [SkippableFact]
    public async Task It_works_on_a_phone_sized_screen()
    {
        var (page, _, _) = await OpenAsync(new ViewportSize { Width = 390, Height = 844 });
        await Choice(page, "How to report").ClickAsync();
        await BotSays(page, "immediate danger");
        Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "Leave this site" }).IsVisibleAsync());
        Assert.True(await page.Locator(SendBox).IsVisibleAsync());
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 390, $"the page scrolls sideways ({width}px)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsFolder, "phone-390x844.png") });
    }
}
