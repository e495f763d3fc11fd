namespace MarketSim.Output.Backtests;

/// <summary>What a fan chart shows: simulated percentiles by month, observed points, the naive trend and the calibration window.</summary>
/// <param name="Name">File name without extension.</param>
/// <param name="Title">Chart title.</param>
/// <param name="Unit">Y-axis label.</param>
/// <param name="Months">Month ends of the simulated points.</param>
/// <param name="P5">5th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile.</param>
/// <param name="Points">Observed points.</param>
/// <param name="NaiveMonths">Months of the naive trend (may be empty).</param>
/// <param name="Naive">The naive trend.</param>
/// <param name="WindowEnd">End of the shaded calibration window (observations before it are not scored).</param>
public sealed record FanChartInput(
    string Name,
    string Title,
    string Unit,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<double> P5,
    IReadOnlyList<double> P50,
    IReadOnlyList<double> P95,
    IReadOnlyList<FanChartPoint> Points,
    IReadOnlyList<DateOnly> NaiveMonths,
    IReadOnlyList<double> Naive,
    DateOnly WindowEnd);
