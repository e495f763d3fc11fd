namespace MarketSim.Engine;

/// <summary>
/// Actions scheduled at ticks, run in the order (tick, priority, insertion number) as in SimSharp's
/// event queue, so same-tick events are deterministic.
/// </summary>
public sealed class EventSchedule
{
    private readonly PriorityQueue<ScheduledEvent, (int Tick, int Priority, long Sequence)> _queue = new();
    private long _sequence;

    /// <summary>Events still waiting.</summary>
    public int Pending => _queue.Count;

    /// <summary>Schedules <paramref name="action"/> at the start of <paramref name="tick"/>.</summary>
    public ScheduledEvent At(int tick, Action action, int priority = 0, string name = "")
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentOutOfRangeException.ThrowIfNegative(tick);
        var scheduled = new ScheduledEvent(tick, priority, _sequence++, name, action);
        _queue.Enqueue(scheduled, (tick, priority, scheduled.Sequence));
        return scheduled;
    }

    /// <summary>Runs every event due at or before <paramref name="tick"/>, in order; returns how many ran.</summary>
    /// <remarks>An event that schedules another for the same tick sees it run in this call.</remarks>
    public int RunDue(int tick)
    {
        var ran = 0;
        while (_queue.TryPeek(out var next, out _) && next.Tick <= tick)
        {
            _queue.Dequeue();
            next.Action();
            ran++;
        }

        return ran;
    }
}
