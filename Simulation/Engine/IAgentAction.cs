namespace MarketSim.Engine;

/// <summary>
/// An agent action as a struct, so <see cref="AgentSet{T}.ShuffleDo{TAction}(TAction, RandomStream)"/>
/// is specialised by the JIT and the per-agent call is inlined instead of going through a delegate.
/// </summary>
public interface IAgentAction<in T>
    where T : Agent
{
    /// <summary>What the agent does.</summary>
    void Invoke(T agent);
}
