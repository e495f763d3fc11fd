namespace MarketSim.Market.Parameters;

/// <summary>
/// The v2 supply side (docs/model.md 3.3.6-3.3.7, MODEL.md 8.4.5-8.4.6): cloud prices toward the user cost of
/// capital, capex to backlog and expected growth, vendor capacity through a pipeline, and the fleets outside the
/// racetrack. Each rule has its v1 value as the default, so a scenario without this section, or with the rules
/// left at their defaults, runs the v1 economics.
/// </summary>
/// <param name="PriceRule">How clouds price compute.</param>
/// <param name="PriceAdjustmentRate">kappa_p: share of the gap to the target price closed each month.</param>
/// <param name="UtilisationResponse">gamma_u: markup response to 3-month utilisation away from target.</param>
/// <param name="UtilisationWindow">Months averaged in ubar.</param>
/// <param name="RiskFreeRate">r_f, per year.</param>
/// <param name="EquityRiskPremium">erp, per year.</param>
/// <param name="CapexRule">How clouds size chip orders.</param>
/// <param name="PlanningHorizon">L_p: months ahead the capacity target looks, and months from a backlog-rule order to its delivery.</param>
/// <param name="AdjustmentTime">T_adj: months over which the capacity gap is closed.</param>
/// <param name="SupplyLineWeight">beta_SL: weight of capacity on order in the gap (1 counts all of it).</param>
/// <param name="DemandWeight">omega_d: weight of observed free-demand growth against the market's expected growth.</param>
/// <param name="GrowthCapExponent">x_cap: exponent of sentiment on the market's expected growth in capex and vendor plans.</param>
/// <param name="CreditLines">Fixed credit line per cloud id, USD billion: orders are bounded by cash plus the line less open orders.</param>
/// <param name="VendorCapacityRule">How vendors expand capacity.</param>
/// <param name="VendorLeadTime">L_v: months from a capacity expansion order to its arrival.</param>
/// <param name="VendorAdjustmentTime">T_v: months over which the vendor closes its capacity gap.</param>
/// <param name="BacklogClearanceTime">T_bl: months in which the vendor plans to clear its backlog.</param>
/// <param name="OrderSmoothing">Weight of this month's orders in the vendor's smoothed orders.</param>
/// <param name="CapacityDecay">delta_S: monthly share of idle capacity given back.</param>
/// <param name="ShortageRule">How a sold-out vendor shares its supply among the orders that are due.</param>
/// <param name="OutsideFleets">Self-builders and sovereign-enterprise fleets.</param>
public sealed record SupplyParameters(
    PriceRule PriceRule,
    double PriceAdjustmentRate,
    double UtilisationResponse,
    int UtilisationWindow,
    double RiskFreeRate,
    double EquityRiskPremium,
    CapexRule CapexRule,
    int PlanningHorizon,
    double AdjustmentTime,
    double SupplyLineWeight,
    double DemandWeight,
    double GrowthCapExponent,
    IReadOnlyDictionary<string, double> CreditLines,
    VendorCapacityRule VendorCapacityRule,
    int VendorLeadTime,
    double VendorAdjustmentTime,
    double BacklogClearanceTime,
    double OrderSmoothing,
    double CapacityDecay,
    ShortageRule ShortageRule,
    IReadOnlyList<OutsideFleetParameters> OutsideFleets)
{
    /// <summary>
    /// L_d, months from a chip order to the month it may ship: under the backlog rule capacity is committed L_p months
    /// ahead and ships then (docs/model.md (6.20a)); the forecast rule's orders ship as soon as the vendor can.
    /// </summary>
    public int DeliveryLag => CapexRule == CapexRule.Backlog ? PlanningHorizon : 0;
}
