namespace MarketSim.Engine;

/// <summary>
/// An agent action as a struct that draws from the activation's generator, for the hottest loops:
/// <see cref="AgentSet{T}.ShuffleDo{TAction}(ref TAction, RandomStream)"/> keeps the stream's state in
/// registers across the whole activation and hands it to each call by reference.
/// </summary>
public interface IRandomAgentAction<in T>
    where T : Agent
{
    /// <summary>What the agent does; every draw comes from <paramref name="random"/>.</summary>
    void Invoke(T agent, ref RandomState random);
}
