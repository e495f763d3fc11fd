namespace MarketSim.Experiments;

/// <summary>One quantile of a sample.</summary>
/// <param name="Probability">The level p in [0, 1].</param>
/// <param name="Value">The R7 quantile at p.</param>
public sealed record QuantileValue(double Probability, double Value);
