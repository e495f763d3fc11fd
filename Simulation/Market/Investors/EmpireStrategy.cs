using System.Globalization;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>
/// Build an empire: one cloud's AI business plus stakes in several labs, the lab stakes paid partly as
/// compute credits that can only be spent on that cloud, so they come back as its revenue.
/// </summary>
public sealed class EmpireStrategy : Strategy
{
    /// <inheritdoc />
    public override StrategyKind Kind => StrategyKind.Empire;

    /// <inheritdoc />
    public override InvestorFields Uses => InvestorFields.Target | InvestorFields.Labs | InvestorFields.CloudShare | InvestorFields.CreditShare;

    /// <inheritdoc />
    public override void Validate(InvestorParameters investor, string path, IScenarioChecks checks)
    {
        ArgumentNullException.ThrowIfNull(investor);
        ArgumentNullException.ThrowIfNull(checks);
        if (investor.Target is null)
        {
            checks.Report(path, "an empire investor needs a target: the id of its cloud");
        }
        else
        {
            checks.Cloud(investor.Target, path + ".target");
        }

        if (investor.Labs is null || investor.Labs.Count == 0)
        {
            checks.Report(path, "an empire investor needs labs: the ids of the labs it takes stakes in");
            return;
        }

        for (var j = 0; j < investor.Labs.Count; j++)
        {
            checks.Lab(investor.Labs[j], $"{path}.labs[{j.ToString(CultureInfo.InvariantCulture)}]", atTick: 0);
        }

        checks.NoRepeats(investor.Labs, path + ".labs");
    }

    /// <inheritdoc />
    public override IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(parameters);
        var cloud = market.Clouds[market.CloudIndex(parameters.Target!)];
        var labs = (parameters.Labs ?? []).Select(market.LabById).Where(l => l.Alive).ToList();
        var holdings = new List<Holding> { new(cloud, labs.Count == 0 ? 1 : parameters.CloudShare, false, null) };
        var perLab = labs.Count == 0 ? 0 : (1 - parameters.CloudShare) / labs.Count;
        foreach (var lab in labs)
        {
            holdings.Add(new Holding(lab, perLab * (1 - parameters.CreditShare), true, null));
            holdings.Add(new Holding(lab, perLab * parameters.CreditShare, true, cloud));
        }

        return Normalise(holdings);
    }
}
