namespace MarketSim.Market.Parameters;

/// <summary>How clouds and outside fleets size their chip orders (docs/model.md 3.3.6).</summary>
public enum CapexRule
{
    /// <summary>v1: observed demand extrapolated over the lead time, plus headroom (6.7-6.10).</summary>
    Forecast,

    /// <summary>v2: contracted backlog plus expected growth over a planning horizon, with partial adjustment of the supply line (6.17-6.21).</summary>
    Backlog,
}
