using AwarenessBot.Analytics;
using AwarenessBot.ContentHosting;
using AwarenessBot.Content.Loading;
using AwarenessBot.Content.Matching;
using AwarenessBot.Dialogs.Awareness;
using AwarenessBot.Middleware;
using AwarenessBot.Safety.Guard;
using AwarenessBot.Routing;
using AwarenessBot.Storage;
using AwarenessBot.Telemetry;
using AwarenessBot.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace AwarenessBot.Hosting;

public static class BotServiceCollectionExtensions
{
    /// <summary>Everything the bot needs to take turns, for the web host and the console alike.</summary>
    public static IServiceCollection AddAwarenessBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection(ContentOptions.Section));
        services.Configure<MatchingOptions>(configuration.GetSection(MatchingOptions.Section));
        services.Configure<DataOptions>(configuration.GetSection(DataOptions.Section));
        services.Configure<InsightsOptions>(configuration.GetSection(InsightsOptions.Section));
        services.AddSingleton<InsightsRecorder>();
        services.Configure<UnderstandingOptions>(configuration.GetSection(UnderstandingOptions.Section));
        services.AddSingleton<IEmbeddingModelLoader, MiniLmModelLoader>();
        services.AddSingleton<UnderstandingService>();
        services.AddSingleton<ISafetyUnderstanding>(sp => sp.GetRequiredService<UnderstandingService>());
        // Content is loaded on first use (start-up); invalid content throws and stops start-up with file:line errors.
        services.AddSingleton<ContentStore>();
        services.AddSingleton<IContentProvider>(sp => sp.GetRequiredService<ContentStore>());
        services.AddStateStorage(configuration);
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton<BotMemory>();
        services.AddSingleton<IDialogReset>(sp => sp.GetRequiredService<BotMemory>());
        services.AddSingleton<DialogSetCache>();
        services.AddSingleton<MessageRouter>();
        services.AddSingleton<LanguagePreference>();
        services.AddSingleton<IReplyLanguage>(sp => sp.GetRequiredService<LanguagePreference>());
        services.AddSingleton<IKnownReplies, KnownReplies>();
        services.AddSingleton<SaveStateMiddleware>();
        services.AddSingleton<HotlineFooterMiddleware>();
        services.AddSingleton<RouteTraceMiddleware>();
        services.AddSingleton<SafetyGuardMiddleware>();
        services.AddSingleton<PiiSafeLoggingMiddleware>();
        services.AddMemoryCache(o => o.SizeLimit = 100_000);
        services.AddSingleton<DuplicateActivityMiddleware>();
        services.AddSingleton<ActivityDefaultsMiddleware>();
        services.AddSingleton<OneTurnAtATimeMiddleware>();
        services.AddMetrics();
        services.AddSingleton<BotMetrics>();
        services.AddSingleton<TurnTelemetryMiddleware>();
        services.AddSingleton<BotPipeline>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<IBot, AwarenessActivityHandler>();
        return services;
    }

    /// <summary>The HTTP side: Bot Framework authentication and the CloudAdapter.</summary>
    public static IServiceCollection AddAwarenessBotHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAwarenessBotCore(configuration);
        services.AddBotTelemetry(configuration);
        services.AddHostedService<ContentWatcher>();
        services.AddHostedService<StatePurgeService>();
        services.AddHostedService<InsightsFlushService>();
        services.AddSingleton<ServiceUrlPolicy>();
        // The SDK's connector calls (replies to the channel) use the default client: no redirects, a short timeout,
        // so a service URL that never answers cannot hold a turn for minutes. Connector clients live long
        // (ReusedConnectorClients), so connections are renewed every few minutes to follow DNS changes.
        services.AddHttpClient(Microsoft.Extensions.Options.Options.DefaultName)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, ConnectTimeout = TimeSpan.FromSeconds(5), PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .ConfigureHttpClient(client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<BotFrameworkAuthentication>(sp => new FailFastChannelAuthentication(
            new ReusedConnectorClients(sp.GetRequiredService<ConfigurationBotFrameworkAuthentication>()), configuration, TimeProvider.System));
        // A factory, because CloudAdapter has two equally long constructors DI cannot choose between.
        services.AddSingleton<AdapterWithErrorHandler>(sp => new AdapterWithErrorHandler(
            sp.GetRequiredService<BotFrameworkAuthentication>(),
            sp.GetRequiredService<ILogger<AdapterWithErrorHandler>>(),
            sp.GetRequiredService<BotPipeline>(),
            sp.GetRequiredService<TurnErrorHandler>()));
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<AdapterWithErrorHandler>());
        return services;
    }
}
