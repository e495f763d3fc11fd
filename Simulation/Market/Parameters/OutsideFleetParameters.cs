namespace MarketSim.Market.Parameters;

/// <summary>
/// A fleet of accelerators outside the racetrack (self-builders such as Meta and xAI, sovereign and enterprise
/// buyers; docs/model.md 3.3.7a): non-investable, ordering chips under the backlog capex rule for a demand that
/// is a multiple of the five clouds' demand, and paying from the other-chip-buyers account.
/// </summary>
/// <param name="Id">Identifier, unique across firms and fleets.</param>
/// <param name="Name">Display name.</param>
/// <param name="Capacity">Fleet at tick 0, million CU per month.</param>
/// <param name="Life">Months before a unit retires; the tick-0 fleet has evenly spread ages.</param>
/// <param name="TargetUtilisation">u*: share of the fleet the fleet plans to use.</param>
/// <param name="ForecastSmoothing">w_f: weight of the newest month in the smoothed demand growth (0 to 1).</param>
/// <param name="InitialGrowth">g_obs at tick 0: monthly demand growth the fleet assumes before it has observed any.</param>
/// <param name="DemandShare">mu: the fleet's demand over the clouds' demand; null solves it at tick 0, from cloud_share_target or, under a delivery lag, at target utilisation (docs/model.md (7.12b)).</param>
/// <param name="CloudShareTarget">Share of share_vendor's tick-0 orders placed by the clouds, used when demand_share is null.</param>
/// <param name="ShareVendor">The vendor whose order share cloud_share_target fixes.</param>
/// <param name="VendorShares">Share of the fleet's orders (in dollars' worth of CU) going to each vendor id; they sum to 1.</param>
/// <param name="FleetGrowth">Monthly growth of installations before tick 0, which sets the tick-0 vintages' ages; null spreads them evenly.</param>
/// <param name="Installations">CU the fleet installs in the tick-0 month, million CU, where the vendors' shipments size it (docs/model.md (I.2a)); null: the newest tick-0 vintage grown by fleet_growth (I.2).</param>
public sealed record OutsideFleetParameters(
    string Id,
    string Name,
    double Capacity,
    int Life,
    double TargetUtilisation,
    double ForecastSmoothing,
    double InitialGrowth,
    double? DemandShare,
    double CloudShareTarget,
    string ShareVendor,
    IReadOnlyDictionary<string, double> VendorShares,
    double? FleetGrowth = null,
    double? Installations = null);
