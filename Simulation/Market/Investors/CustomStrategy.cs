using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>Any weights over firms, bought from incumbents at tick 0.</summary>
public sealed class CustomStrategy : Strategy
{
    /// <inheritdoc />
    public override StrategyKind Kind => StrategyKind.Custom;

    /// <inheritdoc />
    public override InvestorFields Uses => InvestorFields.Weights;

    /// <inheritdoc />
    public override void Validate(InvestorParameters investor, string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(investor);
        ArgumentNullException.ThrowIfNull(checks);
        if (investor.Weights is null || investor.Weights.Count == 0)
        {
            checks.Report(path, "a custom investor needs weights: a weight for each firm id it holds");
        }
        else
        {
            checks.Weights(investor.Weights, path + ".weights", infrastructureOnly: false);
        }
    }

    /// <inheritdoc />
    public override IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(parameters);
        var weights = parameters.Weights ?? new Dictionary<string, double>();
        return Normalise(market.Firms().Select(f => new Holding(f, weights.TryGetValue(f.FirmId, out var w) ? w : 0, false, null)));
    }
}
