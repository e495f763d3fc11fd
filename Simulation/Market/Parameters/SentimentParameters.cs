namespace MarketSim.Market.Parameters;

/// <summary>Sentiment S (1 = neutral), docs/model.md 3.3.10.</summary>
/// <param name="Initial">S at tick 0.</param>
/// <param name="Persistence">rho: persistence of ln S.</param>
/// <param name="GrowthWeight">k_g: response to revenue growth above expectation.</param>
/// <param name="RatioWeight">k_r: response to ln(AI revenue / AI capex / target).</param>
/// <param name="ExpectedGrowth">Monthly end-customer revenue growth the market expects.</param>
/// <param name="CapexOptimism">Cloud capex optimism factor = S to this power (capex_rule forecast; under backlog, supply.growth_cap_exponent plays its part).</param>
/// <param name="Noise">Standard deviation of the monthly sentiment shock.</param>
/// <param name="GrowthReadsDemand">The growth term reads the end-customer spend asked for, not the spend served (docs/model.md
/// (10.1a), departure 84); false keeps v1's served spend.</param>
public sealed record SentimentParameters(
    double Initial,
    double Persistence,
    double GrowthWeight,
    double RatioWeight,
    double ExpectedGrowth,
    double CapexOptimism,
    double Noise,
    bool GrowthReadsDemand = false);
