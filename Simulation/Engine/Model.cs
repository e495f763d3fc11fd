namespace MarketSim.Engine;

/// <summary>
/// Base of every model, as in Mesa: a seeded stream family, a step counter, a running flag and an
/// event schedule. <see cref="Step"/> does the bookkeeping and calls <see cref="OnStep"/>, so the
/// counter can never be forgotten.
/// </summary>
public abstract class Model
{
    private int _nextAgentId = 1;

    /// <summary>Creates a model whose randomness all derives from <paramref name="seed"/>.</summary>
    protected Model(ulong seed)
    {
        Seed = seed;
        Streams = new RandomStreams(seed);
        Random = Streams.Get("model");
    }

    /// <summary>The root seed.</summary>
    public ulong Seed { get; }

    /// <summary>Named independent streams derived from <see cref="Seed"/>.</summary>
    public RandomStreams Streams { get; }

    /// <summary>The model's own stream (activation order and anything not given a stream of its own).</summary>
    public RandomStream Random { get; }

    /// <summary>Completed steps; during a step, the tick being run (0-based).</summary>
    public int Steps { get; private set; }

    /// <summary>Set false to stop <see cref="RunUntilStopped"/>.</summary>
    public bool Running { get; set; } = true;

    /// <summary>Actions scheduled at ticks; due events run at the start of each step.</summary>
    public EventSchedule Schedule { get; } = new();

    /// <summary>How many agents have been removed so far (agent sets use it to compact lazily).</summary>
    public long Removals { get; private set; }

    /// <summary>Runs one tick: the tick-start hook, due scheduled events, the model's step, then the counter.</summary>
    public void Step()
    {
        OnTickStart();
        Schedule.RunDue(Steps);
        OnStep();
        Steps++;
    }

    /// <summary>Runs <paramref name="ticks"/> steps, or fewer if the model stops running.</summary>
    public void RunFor(int ticks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ticks);
        for (var i = 0; i < ticks && Running; i++)
        {
            Step();
        }
    }

    /// <summary>Steps until <see cref="Running"/> is false, at most <paramref name="maxTicks"/> times.</summary>
    public void RunUntilStopped(int maxTicks) => RunFor(maxTicks);

    internal int NextAgentId() => _nextAgentId++;

    internal void CountRemoval() => Removals++;

    /// <summary>Bookkeeping before the tick's scheduled events run (e.g. clearing per-tick tallies so events are counted in their tick).</summary>
    protected virtual void OnTickStart()
    {
    }

    /// <summary>The model's own logic for one tick (the stages).</summary>
    protected abstract void OnStep();
}
