namespace MarketSim.Market;

/// <summary>An accounting identity failed at a tick (a model bug, or a --check run catching one).</summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Creates the exception for <paramref name="tick"/> and the broken identities.</summary>
    public InvariantViolationException(int tick, int replication, IReadOnlyList<string> broken)
        : base($"Invariant broken at tick {tick} (replication {replication}): {string.Join("; ", broken)}")
    {
        Tick = tick;
        Replication = replication;
        Broken = broken;
    }

    /// <summary>Creates the exception.</summary>
    public InvariantViolationException()
    {
        Broken = [];
    }

    /// <summary>Creates the exception.</summary>
    public InvariantViolationException(string message)
        : base(message)
    {
        Broken = [];
    }

    /// <summary>Creates the exception.</summary>
    public InvariantViolationException(string message, Exception inner)
        : base(message, inner)
    {
        Broken = [];
    }

    /// <summary>The tick at which an identity failed.</summary>
    public int Tick { get; }

    /// <summary>The replication.</summary>
    public int Replication { get; }

    /// <summary>The broken identities.</summary>
    public IReadOnlyList<string> Broken { get; }
}
