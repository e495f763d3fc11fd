namespace MarketSim.Engine;

/// <summary>
/// Named stages run in a fixed order every tick. An agent stage activates each agent of its set
/// exactly once, shuffled by the model's generator unless told otherwise.
/// </summary>
public sealed class StagedActivation
{
    private readonly List<(string Name, Action Run)> _stages = [];

    /// <summary>The stage names, in run order.</summary>
    public IReadOnlyList<string> StageNames => _stages.ConvertAll(s => s.Name);

    /// <summary>Adds a stage that runs <paramref name="run"/> once.</summary>
    public StagedActivation Add(string name, Action run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _stages.Add((name, run));
        return this;
    }

    /// <summary>Adds a stage that activates every agent of <paramref name="agents"/> once.</summary>
    public StagedActivation Add<T>(string name, AgentSet<T> agents, Action<T> act, RandomStream? shuffleWith)
        where T : Agent
    {
        ArgumentNullException.ThrowIfNull(agents);
        ArgumentNullException.ThrowIfNull(act);
        _stages.Add((name, shuffleWith is null ? () => agents.Do(act) : () => agents.ShuffleDo(act, shuffleWith)));
        return this;
    }

    /// <summary>Runs every stage in order.</summary>
    public void Run()
    {
        foreach (var (_, run) in _stages)
        {
            run();
        }
    }
}
