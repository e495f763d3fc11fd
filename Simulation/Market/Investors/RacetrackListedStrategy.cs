using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>
/// Own the racetrack's listed companies whole (docs/model.md 3.3.11, MODEL.md 8.4.7): each company in
/// proportion to its market value MC_e, its AI share as the member firms (split by their observed values) and
/// the rest as a claim on its core business, which grows at the core rate with beta to sentiment. Needs the v2
/// valuation law, which defines the companies.
/// </summary>
public sealed class RacetrackListedStrategy : Strategy
{
    /// <inheritdoc />
    public override StrategyKind Kind => StrategyKind.RacetrackListed;

    /// <inheritdoc />
    public override IReadOnlyList<Holding> Allocate(MarketModel market, InvestorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(parameters);
        var law = market.ValueLaw ?? throw new InvalidOperationException("racetrack-listed needs the v2 valuation law.");
        var total = TotalMarketValue(law);

        // docs/model.md (9.16): a member's weight is its observed value (its tick-0 valuation) over the companies' total market value.
        return total > 0
            ? [.. law.Entities.SelectMany(e => e.Members).Where(f => f.Valuation > 0).Select(f => new Holding(f, f.Valuation / total, false, null))]
            : [];
    }

    /// <inheritdoc />
    public override IReadOnlyList<(ListedEntity Entity, double Weight)> Cores(MarketModel market, InvestorParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(market);
        var law = market.ValueLaw ?? throw new InvalidOperationException("racetrack-listed needs the v2 valuation law.");
        var total = TotalMarketValue(law);
        return total > 0 ? [.. law.Entities.Where(e => e.CoreValue0 > 0).Select(e => (e, e.CoreValue0 / total))] : [];
    }

    // The members' tick-0 valuations sum to a_e MC_e per company, so with the core (1 - a_e) MC_e the weights sum to 1.
    private static double TotalMarketValue(ValueLaw law) => law.Entities.Sum(e => e.Value + e.CoreValue0);
}
