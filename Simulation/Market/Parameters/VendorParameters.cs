namespace MarketSim.Market.Parameters;

/// <summary>One accelerator vendor (docs/model.md 3.3.7).</summary>
/// <param name="Id">Identifier, unique across all firms.</param>
/// <param name="Name">Display name.</param>
/// <param name="Price">Price per unit, USD billion per thousand units.</param>
/// <param name="UnitCost">Cost per unit paid to the outside economy, USD billion per thousand units.</param>
/// <param name="ComputePerUnit">CU per unit at tick 0.</param>
/// <param name="GenerationMonths">Months between generations.</param>
/// <param name="GenerationGain">Factor by which CU per unit grows each generation.</param>
/// <param name="GenerationPriceGain">Factor by which the unit price and the unit cost move each generation.</param>
/// <param name="Supply">Units it can ship per month at tick 0, thousand.</param>
/// <param name="SupplyGrowth">Monthly growth of supply while orders wait in the backlog.</param>
/// <param name="PriceAdjustment">Monthly price response to backlog (up) or idle supply (down).</param>
/// <param name="OtherDemand">Units per month bought by buyers outside the model (sovereigns, enterprises) at tick 0, thousand.</param>
/// <param name="OtherDemandGrowth">Monthly growth of that demand.</param>
/// <param name="Opex">Operating cost per month (R&amp;D, staff), USD billion.</param>
/// <param name="Shares">Shares outstanding, million.</param>
/// <param name="Cash">Cash at tick 0, USD billion.</param>
public sealed record VendorParameters(
    string Id,
    string Name,
    double Price,
    double UnitCost,
    double ComputePerUnit,
    int GenerationMonths,
    double GenerationGain,
    double GenerationPriceGain,
    double Supply,
    double SupplyGrowth,
    double PriceAdjustment,
    double OtherDemand,
    double OtherDemandGrowth,
    double Opex,
    double Shares,
    double Cash);
