namespace MarketSim.Market.Parameters;

/// <summary>
/// Capability from a depreciating knowledge stock and mean-reverting research productivity with a
/// drift (docs/model.md 3.3.5b, MODEL.md 8.4.4). Null in <see cref="MarketParameters.Knowledge"/> keeps
/// v1's cumulative compute, random walk and lag floor. alpha is <see cref="MarketParameters.CapabilityExponent"/>.
/// </summary>
/// <param name="Depreciation">delta_B: monthly depreciation of the knowledge stock.</param>
/// <param name="TrainingGrowth">g_T0: monthly growth of training compute before tick 0, which sizes the tick-0 stock.</param>
/// <param name="ProductivityDrift">g_A: monthly drift of ln research productivity (algorithmic progress).</param>
/// <param name="ProductivityReversion">kappa_A: monthly mean reversion of the productivity deviation.</param>
/// <param name="ProductivityVolatility">sigma_A: monthly standard deviation of the productivity shock (replaces each lab's research_volatility).</param>
public sealed record KnowledgeParameters(
    double Depreciation,
    double TrainingGrowth,
    double ProductivityDrift,
    double ProductivityReversion,
    double ProductivityVolatility);
