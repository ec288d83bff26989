using AwarenessBot.Safety;
using AwarenessBot.Safety.Turn;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using IMiddleware = Microsoft.Bot.Builder.IMiddleware;

namespace AwarenessBot.Middleware;

/// <summary>
/// Runs the turns of one conversation one after another within this instance, so two messages sent
/// at once both get their answer instead of racing to save the same state ("two of your messages
/// crossed" is then only possible across instances). Turns of different conversations still run in parallel.
/// A message the crisis rules call a crisis never waits: the emergency response goes out at once, whatever
/// else is running. (This is the one read of a message before the guard's: it must come before any queue.)
/// </summary>
public sealed class OneTurnAtATimeMiddleware : IMiddleware
{
    private readonly Dictionary<string, (SemaphoreSlim Gate, int Waiting)> _gates = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        if (turnContext.Activity.Type == ActivityTypes.Message && CrisisDetector.IsCrisis(MessageText.Of(turnContext.Activity)))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }
        var key = $"{turnContext.Activity.ChannelId}/{turnContext.Activity.Conversation?.Id}";
        var gate = Enter(key);
        try
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await next(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
        finally
        {
            Leave(key);
        }
    }

    private SemaphoreSlim Enter(string key)
    {
        lock (_lock)
        {
            var (gate, waiting) = _gates.TryGetValue(key, out var entry) ? entry : (new SemaphoreSlim(1, 1), 0);
            _gates[key] = (gate, waiting + 1);
            return gate;
        }
    }

    private void Leave(string key)
    {
        lock (_lock)
        {
            var (gate, waiting) = _gates[key];
            if (waiting > 1) _gates[key] = (gate, waiting - 1);
            else
            {
                _gates.Remove(key);
                gate.Dispose();
            }
        }
    }
}
