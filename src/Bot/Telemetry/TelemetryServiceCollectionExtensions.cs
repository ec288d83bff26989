using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace AwarenessBot.Telemetry;

public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The standard OTLP variable; set, traces and metrics are exported there (also OTEL_EXPORTER_OTLP_PROTOCOL, _HEADERS...).</summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    /// <summary>Set (as Azure App Service does for Application Insights), traces and metrics go to Azure Monitor.</summary>
    public const string ApplicationInsights = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>
    /// OpenTelemetry traces and metrics: the bot's own (<see cref="BotMetrics"/>), ASP.NET Core's and HttpClient's.
    /// Instrumentation is always on (it costs little when nothing listens); exporters only when configured.
    /// Recorded URLs lose their ids (<see cref="TelemetryPaths"/>); query strings are redacted by the instrumentation.
    /// </summary>
    public static IServiceCollection AddBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "awarenessbot"))
            .WithTracing(tracing => tracing
                .AddSource(BotMetrics.Name)
                .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpRequest = (span, request) => span.SetTag("url.path", TelemetryPaths.Redact(request.Path.Value)))
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (span, request) =>
                {
                    if (request.RequestUri is { } uri) span.SetTag("url.full", $"{uri.Scheme}://{uri.Authority}{TelemetryPaths.Redact(uri.AbsolutePath)}");
                }))
            .WithMetrics(metrics => metrics
                .AddMeter(BotMetrics.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());

        if (!string.IsNullOrWhiteSpace(configuration[OtlpEndpoint]))
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddOtlpExporter());
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddOtlpExporter());
        }
        if (!string.IsNullOrWhiteSpace(configuration[ApplicationInsights]))
            telemetry.UseAzureMonitor(o => o.ConnectionString = configuration[ApplicationInsights]);
        return services;
    }
}
