using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>Bet on one horse: all capital in one lab, optionally following on in its rounds.</summary>
public sealed class SingleLabStrategy : Strategy
{
    /// <inheritdoc />
    public override StrategyKind Kind => StrategyKind.SingleLab;

    /// <inheritdoc />
    public override InvestorFields Uses => InvestorFields.Target;

    /// <inheritdoc />
    public override void Validate(InvestorParameters investor, string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(investor);
        ArgumentNullException.ThrowIfNull(checks);
        if (investor.Target is null)
        {
            checks.Report(path, "a single-lab investor needs a target: the id of the lab it holds");
        }
        else
        {
            checks.Lab(investor.Target, path + ".target", atTick: 0);
        }
    }

    /// <inheritdoc />
    public override IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(parameters);
        return [new Holding(market.LabById(parameters.Target!), 1, false, null)];
    }
}
