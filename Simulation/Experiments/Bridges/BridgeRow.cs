namespace MarketSim.Experiments.Bridges;

/// <summary>
/// One quantity of a bridge: the later scenario's tick-0 value beside the earlier scenario's simulated distribution
/// in the same month.
/// </summary>
/// <param name="Kind">lab, cloud, vendor, fleet or market.</param>
/// <param name="Id">Firm, fleet or "market".</param>
/// <param name="Measure">What is measured.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Target">The later scenario's value at its tick 0 (median over its replications).</param>
/// <param name="P5">5th percentile of the earlier scenario's replications in that month.</param>
/// <param name="Median">Their median.</param>
/// <param name="P95">Their 95th percentile.</param>
/// <param name="LogRatio">ln(median / target) when both are positive; null otherwise.</param>
/// <param name="InBand">The target lies within [p5, p95].</param>
public sealed record BridgeRow(string Kind, string Id, string Measure, string Unit, double Target, double P5, double Median, double P95, double? LogRatio, bool InBand);
