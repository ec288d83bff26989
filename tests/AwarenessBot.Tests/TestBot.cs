using AwarenessBot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AwarenessBot.Tests;

/// <summary>
/// The real bot (same services and middleware as the host) on the SDK's TestAdapter.
/// Pass a storage to share state between bot instances, e.g. to "restart" the bot mid-dialog.
/// </summary>
internal sealed class TestBot : IDisposable
{
    private readonly ServiceProvider _services;

    public TestBot(IStorage? storage = null, string? contentPath = null, Action<IServiceCollection>? configure = null, string channelId = Channels.Test)
    {
        var settings = new Dictionary<string, string?> { ["Storage:Kind"] = "Memory" };
        if (contentPath is not null) settings["Content:Path"] = contentPath;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddAwarenessBotCore(configuration);
        if (storage is not null) services.AddSingleton(storage);
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();

        Storage = _services.GetRequiredService<IStorage>();
        Bot = _services.GetRequiredService<IBot>();
        Adapter = new TestAdapter(channelId) { EnableTrace = true };
        _services.GetRequiredService<BotPipeline>().ApplyTo(Adapter);
        Adapter.OnTurnError = _services.GetRequiredService<TurnErrorHandler>().HandleAsync;
    }

    public IStorage Storage { get; }
    public IBot Bot { get; }
    public TestAdapter Adapter { get; }
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public TestFlow Flow() => new(Adapter, Bot);

    /// <summary>A conversationUpdate in which the user joins (the Emulator's and Web Chat's way to start).</summary>
    public Activity UserJoins()
    {
        var update = Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [update.From];
        return update;
    }

    /// <summary>Sends one message and returns every activity the bot sent back (traces included).</summary>
    public async Task<List<IActivity>> SayAsync(string text) => await SendAsync(Adapter.MakeActivity(text));

    public async Task<List<IActivity>> SendAsync(Activity activity)
    {
        await Adapter.ProcessActivityAsync(activity, Bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<IActivity>();
        while (Adapter.GetNextReply() is { } reply) replies.Add(reply);
        return replies;
    }

    public void Dispose() => _services.Dispose();
}

internal static class ReplyExtensions
{
    public static List<IMessageActivity> Messages(this IEnumerable<IActivity> replies) =>
        replies.OfType<IMessageActivity>().Where(a => a.Type == ActivityTypes.Message).ToList();

    public static string AllText(this IEnumerable<IActivity> replies) => string.Join("\n", replies.Messages().Select(m => m.Text));

    /// <summary>The titles of the buttons offered, as suggested actions or card buttons.</summary>
    public static List<string> Buttons(this IEnumerable<IActivity> replies) =>
        replies.Messages().SelectMany(m =>
            (m.SuggestedActions?.Actions ?? []).Select(a => a.Title)
            .Concat((m.Attachments ?? []).Select(a => a.Content).OfType<HeroCard>().SelectMany(h => h.Buttons ?? []).Select(b => b.Title)))
        .ToList();

    public static Newtonsoft.Json.Linq.JObject Route(this IEnumerable<IActivity> replies) =>
        (Newtonsoft.Json.Linq.JObject)replies.OfType<Activity>().Single(a => a.Type == ActivityTypes.Trace && a.Name == "Route").Value;
}
