namespace MarketSim.Market.Parameters;

/// <summary>How a vendor's production capacity moves (docs/model.md 3.3.7).</summary>
public enum VendorCapacityRule
{
    /// <summary>v1: capacity grows at supply_growth while orders wait and shrinks with idle supply (7.2).</summary>
    SupplyGrowth,

    /// <summary>v2: expansions ordered toward a target arrive after a lead time (7.7-7.10).</summary>
    Pipeline,
}
