namespace MarketSim.Experiments.Backtests;

/// <summary>An observed point on a fan chart (model units).</summary>
/// <param name="Date">Period end.</param>
/// <param name="Value">Observed value.</param>
/// <param name="Low">Range low, or null.</param>
/// <param name="High">Range high, or null.</param>
/// <param name="Scored">Whether it was scored (inside the backtest window), or only shown.</param>
public sealed record FanPoint(DateOnly Date, double Value, double? Low, double? High, bool Scored);
