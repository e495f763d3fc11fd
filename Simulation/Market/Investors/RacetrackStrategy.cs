using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>Own the racetrack: every cloud and vendor (under the v2 law, the listed companies' AI businesses), weighted by tick-0 valuation unless weights are given.</summary>
public sealed class RacetrackStrategy : Strategy
{
    /// <inheritdoc />
    public override StrategyKind Kind => StrategyKind.Racetrack;

    /// <inheritdoc />
    public override InvestorFields Uses => InvestorFields.Weights;

    /// <inheritdoc />
    public override void Validate(InvestorParameters investor, string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(investor);
        ArgumentNullException.ThrowIfNull(checks);
        if (investor.Weights is not null)
        {
            checks.Weights(investor.Weights, path + ".weights", infrastructureOnly: true);
        }
    }

    /// <inheritdoc />
    public override IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(parameters);
        // Under the v2 law the racetrack is what an investor can buy: the listed companies' AI businesses,
        // weighted by observed value (their tick-0 valuations are those, docs/model.md (9.15)).
        var firms = market.ValueLaw is { } law
            ? law.Entities.SelectMany(e => e.Members)
            : market.Firms().Where(f => f.Kind != FirmKind.Lab);
        return Normalise(firms.Select(f => new Holding(f, Weight(parameters, f), false, null)));
    }

    private static double Weight(InvestorParameters parameters, Firm firm) =>
        parameters.Weights is { Count: > 0 } weights
            ? weights.TryGetValue(firm.FirmId, out var w) ? w : 0
            : firm.Valuation;
}
