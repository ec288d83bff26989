using Microsoft.Bot.Schema;

namespace AwarenessBot.DirectLine;

/// <summary>
/// One embedded Direct Line conversation: its activities in order (the watermark is how many a
/// client has seen) and when it was last used. Kept in memory only; nothing is written anywhere.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, DateTimeOffset now)
{
    private readonly List<Activity> _activities = [];
    private readonly Lock _lock = new();

    public string Id { get; } = id;
    public string UserId { get; } = userId;
    /// <summary>The page's language ("es-ES"), given with the token request; the conversation's start carries it.</summary>
    public string? Locale { get; set; }
    public DateTimeOffset LastActive { get; private set; } = now;

    private int _started;

    /// <summary>True the first time only: the welcome is sent once per conversation.</summary>
    public bool TryStart() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>Turns run one at a time per conversation, so replies stay in order.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    /// <summary>Adds activities with ids and server timestamps, in order.</summary>
    public void Append(IEnumerable<Activity> activities, DateTimeOffset now)
    {
        lock (_lock)
        {
            foreach (var activity in activities)
            {
                activity.Id ??= NextId();
                // Web Chat orders by timestamp: replies of one turn get distinct, increasing ones.
                var last = _activities.Count > 0 ? _activities[^1].Timestamp!.Value : DateTimeOffset.MinValue;
                activity.Timestamp = now > last ? now : last.AddMilliseconds(1);
                _activities.Add(activity);
            }
            LastActive = now;
        }
    }

    public string NextId()
    {
        lock (_lock) return $"{Id}|{_activities.Count:D7}";
    }

    /// <summary>The activities after <paramref name="watermark"/>, and the new watermark.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) Since(int watermark, DateTimeOffset now)
    {
        lock (_lock)
        {
            LastActive = now;
            var start = Math.Clamp(watermark, 0, _activities.Count);
            return (_activities.Skip(start).ToList(), _activities.Count);
        }
    }
}
