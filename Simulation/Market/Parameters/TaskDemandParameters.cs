namespace MarketSim.Market.Parameters;

/// <summary>
/// Demand as tasks times tokens per task (docs/model.md 3.3.2b, MODEL.md 8.4.2). Null in
/// <see cref="MarketParameters.TaskDemand"/> keeps v1's decaying growth.
/// </summary>
/// <param name="TokensExponent">theta: tokens per task rise as (K_j / K_j(0))^theta.</param>
/// <param name="MaxTokensPerTask">tau_max: cap on tokens per task, WU per task unit.</param>
/// <param name="UnlockWidth">w: width of the logistic in ln capability over which the frontier unlocks tasks.</param>
/// <param name="ShareInUse">psi: share of the tasks feasible at tick 0 that are in use at tick 0.</param>
/// <param name="Adjustment">nu: monthly partial adjustment of tasks per adopter toward the ceiling.</param>
/// <param name="SpendCeiling">Yearly end-customer spend at full adoption and full unlock at tick-0 prices, USD billion per year.</param>
public sealed record TaskDemandParameters(
    double TokensExponent,
    double MaxTokensPerTask,
    double UnlockWidth,
    double ShareInUse,
    double Adjustment,
    double SpendCeiling);
