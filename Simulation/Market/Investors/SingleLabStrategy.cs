using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>Bet on one horse: all capital in one lab, optionally following on in its rounds.</summary>
public sealed class SingleLabStrategy : Strategy
{
    /// <inheritdoc />
    public override string Name => "single-lab";

    /// <inheritdoc />
    public override IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(parameters);
        return [new Holding(market.LabById(parameters.Target!), 1, false, null)];
    }
}
