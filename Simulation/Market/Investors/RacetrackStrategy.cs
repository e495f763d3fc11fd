using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>Own the racetrack: every cloud and vendor, weighted by tick-0 valuation unless weights are given.</summary>
public sealed class RacetrackStrategy : Strategy
{
    /// <inheritdoc />
    public override string Name => "racetrack";

    /// <inheritdoc />
    public override IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(parameters);
        var firms = market.Firms().Where(f => f.Kind != FirmKind.Lab);
        return Normalise(firms.Select(f => new Holding(f, Weight(parameters, f), false, null)));
    }

    private static double Weight(InvestorParameters parameters, Firm firm) =>
        parameters.Weights is { Count: > 0 } weights
            ? weights.TryGetValue(firm.FirmId, out var w) ? w : 0
            : firm.Valuation;
}
