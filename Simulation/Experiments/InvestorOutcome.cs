using MarketSim.Market.Investors;

namespace MarketSim.Experiments;

/// <summary>One investor's result in one replication.</summary>
/// <param name="Order">Position of the investor in the scenario.</param>
/// <param name="Id">Investor id.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Target">The strategy's target (a lab or cloud id), or empty.</param>
/// <param name="Replication">Replication number.</param>
/// <param name="Metrics">Return, CAGR, volatility and drawdown of that replication.</param>
public sealed record InvestorOutcome(int Order, string Id, string Strategy, string Target, int Replication, InvestorMetrics Metrics)
{
    /// <summary>The outcomes of every investor of a finished market.</summary>
    public static IReadOnlyList<InvestorOutcome> Of(Market.MarketModel market)
    {
        ArgumentNullException.ThrowIfNull(market);
        return market.Investors
            .Select((i, order) => new InvestorOutcome(order, i.InvestorId, i.Strategy.Name, i.Parameters.Target ?? string.Empty, market.Replication, InvestorMetrics.From(i.ValueHistory, i.InvestedHistory)))
            .ToList();
    }
}
