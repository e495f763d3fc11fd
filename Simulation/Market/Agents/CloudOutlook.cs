namespace MarketSim.Market.Agents;

/// <summary>What a cloud's v2 price and capex rules read from the rest of the market this tick (docs/model.md 3.3.6).</summary>
/// <param name="NewCapacityCost">q_new: all-in cost of a new CU at this tick's procurement mix, USD billion per million CU.</param>
/// <param name="ContractedNow">Take-or-pay payments due to the cloud this tick, USD billion.</param>
/// <param name="ContractedAhead">Take-or-pay payments due to the cloud L_p months ahead, USD billion.</param>
/// <param name="MarketGrowth">The market's expected monthly growth times sentiment to the x_cap.</param>
/// <param name="CreditLine">The cloud's fixed credit line, USD billion.</param>
/// <param name="ContractedLabDemand">Compute requested this tick, million CU, by labs holding a take-or-pay contract with the cloud that runs within the planning horizon.</param>
/// <param name="SupplyLineNext">At tick 0 under a delivery lag, the installation that continues the cloud's tick-0 supply line (I.2), million CU; otherwise null.</param>
public readonly record struct CloudOutlook(double NewCapacityCost, double ContractedNow, double ContractedAhead, double MarketGrowth, double CreditLine, double ContractedLabDemand, double? SupplyLineNext = null);
