namespace MarketSim.Engine.Reference;

/// <summary>An agent of the Boltzmann wealth model: holds whole units of money.</summary>
public sealed class MoneyAgent : Agent
{
    internal MoneyAgent(MoneyModel model, int index)
        : base(model)
    {
        Index = index;
        Wealth = 1;
    }

    /// <summary>Units held.</summary>
    public int Wealth { get; internal set; }

    /// <summary>Position in the model's agent array (for O(1) partner choice).</summary>
    internal int Index { get; }
}
