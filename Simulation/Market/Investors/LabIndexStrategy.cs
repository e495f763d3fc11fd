using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>Every horse: all labs alive at tick 0, equally or by valuation.</summary>
public sealed class LabIndexStrategy : Strategy
{
    /// <inheritdoc />
    public override StrategyKind Kind => StrategyKind.LabIndex;

    /// <inheritdoc />
    public override InvestorFields Uses => InvestorFields.EqualWeights;

    /// <inheritdoc />
    public override IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(parameters);
        return Normalise(market.Labs.Where(l => l.Alive).Select(l => new Holding(l, parameters.EqualWeights ? 1 : l.Valuation, false, null)));
    }
}
