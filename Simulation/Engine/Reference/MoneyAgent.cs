namespace MarketSim.Engine.Reference;

/// <summary>An agent of the Boltzmann wealth model: holds whole units of money.</summary>
public sealed class MoneyAgent : Agent
{
    internal MoneyAgent(MoneyModel model, int index)
        : base(model)
    {
        // The model creates its agents first and in order, so the index follows from the id and the
        // agent needs no field for it (a 32-byte object instead of 40: more agents per cache line).
        if (Index != index)
        {
            throw new InvalidOperationException("Money agents must be the model's first agents, created in index order.");
        }

        Wealth = 1;
    }

    /// <summary>Units held.</summary>
    public int Wealth { get; internal set; }

    /// <summary>Position in the model's agent set (for O(1) partner choice); the model never removes agents.</summary>
    internal int Index => Id - 1;
}
