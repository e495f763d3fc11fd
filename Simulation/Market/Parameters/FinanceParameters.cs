namespace MarketSim.Market.Parameters;

/// <summary>
/// Finance and default for every firm (docs/model.md 3.3.16, MODEL.md 8.4.11): interest on negative cash at the
/// risk-free rate plus a spread that rises with leverage and falls with sentiment, deposit income on positive cash,
/// trailing EBITDA and debt capacity, the default test and its resolution. The risk-free rate is the supply
/// section's <see cref="SupplyParameters.RiskFreeRate"/> (one r_f for pricing and finance), or
/// <see cref="DefaultRiskFreeRate"/> when the scenario has no supply section. A scenario without this section runs v1
/// (no interest, clouds and vendors never fail, labs exit in the labs stage).
/// </summary>
/// <param name="SpreadBase">s0: spread at zero leverage, per year.</param>
/// <param name="SpreadSlope">s1: spread per turn of leverage (net debt over EBITDA12 plus core), per year.</param>
/// <param name="SpreadSentimentExponent">x_s: the spread is multiplied by S^-x_s.</param>
/// <param name="SpreadMax">s_max: cap on the spread, per year.</param>
/// <param name="DefaultLeverage">lambda_def: a cloud or vendor is distressed when net debt exceeds this many years of EBITDA12 plus core.</param>
/// <param name="DebtCapacity">lambda: debt capacity DC = lambda S^y max(0, EBITDA12 + core), the financing limit of cloud capex.</param>
/// <param name="DebtCapacityExponent">y: exponent of sentiment in the debt capacity.</param>
/// <param name="ContractAdvanceRate">a: lenders advance this share of a cloud's remaining contracted payments, on top of the EBITDA-based limits: it adds to the debt capacity and to the distress threshold (docs/model.md (16.6a)).</param>
/// <param name="FleetSaleRatio">rho_fs: a defaulted cloud's fleet is offered at this share of book value.</param>
/// <param name="CloudGraceMonths">Months a cloud may stay distressed before it defaults (default after more than this).</param>
/// <param name="VendorGraceMonths">Months a vendor may stay distressed before it defaults.</param>
/// <param name="DefaultSentimentWeight">k_d: ln S falls by k_d times the value lost to defaults over total firm value.</param>
/// <param name="CoreEbitda">core_f per firm id, USD billion a year of parent EBITDA pledged to the AI business (absent: 0).</param>
/// <param name="EbitdaTtm">ebitda_ttm_f per firm id, USD billion a year before tick 0 (absent: 12 times the firm's tick-0 month).</param>
public sealed record FinanceParameters(
    double SpreadBase,
    double SpreadSlope,
    double SpreadSentimentExponent,
    double SpreadMax,
    double DefaultLeverage,
    double DebtCapacity,
    double DebtCapacityExponent,
    double ContractAdvanceRate,
    double FleetSaleRatio,
    int CloudGraceMonths,
    int VendorGraceMonths,
    double DefaultSentimentWeight,
    IReadOnlyDictionary<string, double> CoreEbitda,
    IReadOnlyDictionary<string, double> EbitdaTtm)
{
    /// <summary>r_f when the scenario has no supply section: the supply section's default (late-2025 T-bill).</summary>
    public const double DefaultRiskFreeRate = 0.04;
}
