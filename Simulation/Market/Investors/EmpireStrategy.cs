using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>
/// Build an empire: one cloud's AI business plus stakes in several labs, the lab stakes paid partly as
/// compute credits that can only be spent on that cloud, so they come back as its revenue.
/// </summary>
public sealed class EmpireStrategy : Strategy
{
    /// <inheritdoc />
    public override string Name => "empire";

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
