namespace MarketSim.Market.Parameters;

/// <summary>One cloud provider's AI business (docs/model.md 3.3.6).</summary>
/// <param name="Id">Identifier, unique across all firms.</param>
/// <param name="Name">Display name.</param>
/// <param name="Capacity">AI fleet at tick 0, million CU per month (H100-equivalent).</param>
/// <param name="FleetCostPerCU">Book cost of the tick-0 fleet per CU (chips and facilities), USD billion per million CU.</param>
/// <param name="Price">Price per CU at tick 0, USD billion per million CU.</param>
/// <param name="OperatingCostPerCU">Monthly operating cost (power, staff) per CU of fleet, USD billion per million CU.</param>
/// <param name="FacilityCostRatio">Data-centre cost (buildings, power, networking) per dollar of accelerators, paid to the outside economy on delivery.</param>
/// <param name="Life">Months before a unit retires; straight-line depreciation over it.</param>
/// <param name="PriceAdjustment">gamma: price response to utilisation away from target.</param>
/// <param name="TargetUtilisation">u_target.</param>
/// <param name="Headroom">Spare capacity planned above forecast demand.</param>
/// <param name="LeadTime">Months over which demand is extrapolated when ordering.</param>
/// <param name="ForecastSmoothing">Weight of the newest month in the smoothed demand growth (0 to 1).</param>
/// <param name="BackgroundDemand">Other AI compute demand (internal products, enterprises training their own models) at tick 0, million CU per month.</param>
/// <param name="BackgroundGrowth">Monthly growth of the background demand at tick 0.</param>
/// <param name="BackgroundGrowthHalfLife">Months over which that growth rate halves.</param>
/// <param name="ProcurementSensitivity">beta: weight of ln(CU per dollar) in the choice of vendor.</param>
/// <param name="VendorLockIn">Extra procurement utility per vendor id (e.g. CUDA lock-in for NVIDIA).</param>
/// <param name="OwnChip">Own-chip programme, if any.</param>
/// <param name="Shares">Shares outstanding of the AI business, million (for cap tables).</param>
/// <param name="Cash">Cash of the AI business at tick 0, USD billion.</param>
/// <param name="CaptiveShare">Share of the tick-0 background that is the parent's own products (captive) under <c>market.workloads</c>; the rest is other-ai.</param>
/// <param name="CaptiveLab">The lab whose models the captive products run (a lab id), or null when the cloud has no captive workload.</param>
/// <param name="FleetGrowth">Monthly growth of installations before tick 0, which sets the tick-0 vintages' ages; null spreads them evenly.</param>
/// <param name="Installations">CU the cloud installs in the tick-0 month, million CU, where its reported capex sizes it (docs/model.md (I.2a)); null: the newest tick-0 vintage grown by fleet_growth (I.2).</param>
public sealed record CloudParameters(
    string Id,
    string Name,
    double Capacity,
    double FleetCostPerCU,
    double Price,
    double OperatingCostPerCU,
    double FacilityCostRatio,
    int Life,
    double PriceAdjustment,
    double TargetUtilisation,
    double Headroom,
    int LeadTime,
    double ForecastSmoothing,
    double BackgroundDemand,
    double BackgroundGrowth,
    double BackgroundGrowthHalfLife,
    double ProcurementSensitivity,
    IReadOnlyDictionary<string, double> VendorLockIn,
    OwnChipParameters? OwnChip,
    double Shares,
    double Cash,
    double CaptiveShare = 0,
    string? CaptiveLab = null,
    double? FleetGrowth = null,
    double? Installations = null);
