namespace MarketSim.Output.Backtests;

/// <summary>An observed point on a fan chart.</summary>
/// <param name="Date">Period end.</param>
/// <param name="Value">Observed value.</param>
/// <param name="Low">Range low, or null.</param>
/// <param name="High">Range high, or null.</param>
/// <param name="Scored">Scored (filled marker) or only shown (open marker).</param>
public sealed record FanChartPoint(DateOnly Date, double Value, double? Low, double? High, bool Scored);
