namespace MarketSim.Market.Parameters;

/// <summary>
/// Labs' compute allocated across clouds by price above take-or-pay minimums (docs/model.md 3.3.5c,
/// MODEL.md 8.4.4). Null in <see cref="MarketParameters.Allocation"/> keeps v1's fixed shares.
/// </summary>
/// <param name="PriceSensitivity">beta_a: elasticity of the target allocation to a cloud's price.</param>
/// <param name="Adjustment">kappa_a: monthly partial adjustment of the allocation toward its target.</param>
public sealed record AllocationParameters(
    double PriceSensitivity,
    double Adjustment);
