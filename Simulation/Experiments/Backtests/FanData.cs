namespace MarketSim.Experiments.Backtests;

/// <summary>One fan chart: a series for one firm, simulated percentiles by month and the observed points.</summary>
/// <param name="Series">Series name.</param>
/// <param name="Firm">Model firm (or market).</param>
/// <param name="Unit">The observations' unit as written.</param>
/// <param name="Months">Month ends of the simulated points.</param>
/// <param name="P5">5th percentile per month.</param>
/// <param name="P50">Median per month.</param>
/// <param name="P95">95th percentile per month.</param>
/// <param name="Points">Observed points.</param>
/// <param name="Naive">The naive trend at <see cref="NaiveMonths"/>, or empty.</param>
/// <param name="NaiveMonths">Months of the naive trend.</param>
/// <param name="From">Start of the scored window (observations before it form the calibration window).</param>
public sealed record FanData(
    string Series,
    string Firm,
    string Unit,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyList<double> P5,
    IReadOnlyList<double> P50,
    IReadOnlyList<double> P95,
    IReadOnlyList<FanPoint> Points,
    IReadOnlyList<double> Naive,
    IReadOnlyList<DateOnly> NaiveMonths,
    DateOnly From);
