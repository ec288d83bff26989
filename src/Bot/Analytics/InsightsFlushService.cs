using Microsoft.Extensions.Options;

namespace AwarenessBot.Analytics;

/// <summary>Adds this instance's counts to the store every few seconds, and once more when the bot stops.</summary>
public sealed class InsightsFlushService(InsightsRecorder recorder, IOptions<InsightsOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(0.1, options.Value.FlushSeconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
                await recorder.FlushAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await recorder.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
