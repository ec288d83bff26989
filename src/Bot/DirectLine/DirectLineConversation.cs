using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace AwarenessBot.DirectLine;

/// <summary>
/// One embedded Direct Line conversation: its recent activities in order (the watermark counts every
/// activity ever added, so a client's watermark stays valid when old ones are dropped) and when it was
/// last used. Kept in memory only, and bounded: only the newest activities within a count and a size
/// are kept, which is all Web Chat ever asks for again.
/// </summary>
public sealed class DirectLineConversation(string id, string userId, DateTimeOffset now, DirectLineLimits? limits = null)
{
    private readonly List<(Activity Activity, int Bytes)> _activities = [];
    private readonly Lock _lock = new();
    private readonly DirectLineLimits _limits = limits ?? DirectLineLimits.Default;
    private int _dropped;
    private long _bytes;

    public string Id { get; } = id;
    public string UserId { get; } = userId;
    /// <summary>The page's language ("es-ES"), given with the token request; the conversation's start carries it.</summary>
    public string? Locale { get; set; }
    public DateTimeOffset LastActive { get; private set; } = now;

    /// <summary>True once the client has started it (POST /conversations): a token alone holds no slot for long.</summary>
    public bool Started => Volatile.Read(ref _started) == 1;

    private int _started;

    /// <summary>True the first time only: the welcome is sent once per conversation.</summary>
    public bool TryStart() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>Turns run one at a time per conversation, so replies stay in order.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    /// <summary>The size of the activities kept, in bytes of JSON (the store's memory budget adds these up).</summary>
    public long Bytes
    {
        get { lock (_lock) return _bytes; }
    }

    /// <summary>Adds activities with ids and server timestamps, in order; the oldest go when the history is over its limits.</summary>
    public void Append(IEnumerable<Activity> activities, DateTimeOffset now)
    {
        lock (_lock)
        {
            foreach (var activity in activities)
            {
                activity.Id ??= NextIdLocked();
                // Web Chat orders by timestamp: replies of one turn get distinct, increasing ones.
                var last = _activities.Count > 0 ? _activities[^1].Activity.Timestamp!.Value : DateTimeOffset.MinValue;
                activity.Timestamp = now > last ? now : last.AddMilliseconds(1);
                var bytes = JsonConvert.SerializeObject(activity, Formatting.None).Length;
                _activities.Add((activity, bytes));
                _bytes += bytes;
            }
            while (_activities.Count > 1 && (_activities.Count > _limits.ActivitiesKept || _bytes > _limits.BytesKept))
            {
                _bytes -= _activities[0].Bytes;
                _activities.RemoveAt(0);
                _dropped++;
            }
            LastActive = now;
        }
    }

    public string NextId()
    {
        lock (_lock) return NextIdLocked();
    }

    private string NextIdLocked() => $"{Id}|{_dropped + _activities.Count:D7}";

    /// <summary>At most a page of the activities after <paramref name="watermark"/>, and the watermark to ask from next.</summary>
    public (IReadOnlyList<Activity> Activities, int Watermark) Since(int watermark, DateTimeOffset now)
    {
        lock (_lock)
        {
            LastActive = now;
            var start = Math.Clamp(watermark - _dropped, 0, _activities.Count);
            var page = _activities.Skip(start).Take(_limits.ActivitiesPerPage).Select(a => a.Activity).ToList();
            return (page, _dropped + start + page.Count);
        }
    }
}

/// <summary>How much of one conversation's history the embedded Direct Line keeps and returns at once.</summary>
public sealed record DirectLineLimits(int ActivitiesKept, long BytesKept, int ActivitiesPerPage)
{
    public static readonly DirectLineLimits Default = new(ActivitiesKept: 200, BytesKept: 512 * 1024, ActivitiesPerPage: 50);
}
