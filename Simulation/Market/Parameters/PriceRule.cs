namespace MarketSim.Market.Parameters;

/// <summary>How clouds set their compute price (docs/model.md 3.3.6).</summary>
public enum PriceRule
{
    /// <summary>v1: the price walks with utilisation above cost per CU (6.6).</summary>
    Utilisation,

    /// <summary>v2: partial adjustment toward the user cost of capital with a utilisation term, floored at cash operating cost (6.13-6.16).</summary>
    UserCost,
}
