using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>Any weights over firms, bought from incumbents at tick 0.</summary>
public sealed class CustomStrategy : Strategy
{
    /// <inheritdoc />
    public override string Name => "custom";

    /// <inheritdoc />
    public override IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(parameters);
        var weights = parameters.Weights ?? new Dictionary<string, double>();
        return Normalise(market.Firms().Select(f => new Holding(f, weights.TryGetValue(f.FirmId, out var w) ? w : 0, false, null)));
    }
}
