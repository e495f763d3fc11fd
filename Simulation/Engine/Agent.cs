namespace MarketSim.Engine;

/// <summary>
/// Base of every agent: a unique id within its model and an active flag.
/// </summary>
/// <remarks>
/// Rule for agents added or removed during a tick (tested): an activation (<see cref="AgentSet{T}.Do"/>
/// or any overload of <see cref="AgentSet{T}.ShuffleDo(System.Action{T}, RandomStream)"/>) walks the
/// members its set had when it began; an agent added meanwhile first acts in the next activation, and
/// an agent removed meanwhile is skipped if it has not acted yet. <see cref="AgentSet{T}.Count"/>, the
/// indexer and enumeration reflect additions and removals at once, also during an activation.
/// </remarks>
public abstract class Agent
{
    // The id, with the sign bit set once removed: one int instead of an int and a bool keeps an agent
    // with one int of its own at 32 bytes (two per cache line) rather than 40.
    private int _idAndRemovedBit;

    /// <summary>Registers the agent with <paramref name="model"/> and gives it the next id.</summary>
    protected Agent(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        _idAndRemovedBit = model.NextAgentId();
    }

    /// <summary>Unique within the model, in order of creation, starting at 1.</summary>
    public int Id => _idAndRemovedBit & int.MaxValue;

    /// <summary>The model this agent lives in.</summary>
    public Model Model { get; }

    /// <summary>False once the agent has been removed; removed agents never act again.</summary>
    public bool IsActive => _idAndRemovedBit > 0;

    /// <summary>Marks the agent removed; agent sets drop it and skip it from now on.</summary>
    public void Remove()
    {
        if (IsActive)
        {
            _idAndRemovedBit |= int.MinValue;
            Model.CountRemoval();
        }
    }
}
