namespace MarketSim.Experiments.Backtests;

/// <summary>
/// One row of scores.csv: one series, or <c>all</c>, and where a backtest scores points and bounds, <c>all points</c> and
/// <c>all bounds</c>.
/// </summary>
/// <param name="Series">The series, or the summary's name.</param>
/// <param name="Observations">Figures scored.</param>
/// <param name="Coverage">Share of the figures inside the 5-95% band, every figure scored as a point.</param>
/// <param name="MeanIntervalScore">Mean interval score in logs.</param>
/// <param name="MedianAbsLogError">Median |ln(simulated median) - ln(observed)|.</param>
/// <param name="NaiveMedianAbsLogError">The naive trend's median |log error|, or null where no figure has a trend.</param>
/// <param name="Bound">point, upper or lower: how the figures stand to the measure; mixed for a summary over several kinds.</param>
/// <param name="Respected">Share of the figures the band does not contradict (<see cref="BacktestRow.Respected"/>).</param>
/// <param name="PredictiveCoverage">Share of the figures inside the band of what they would read, the replications blurred by each figure's own error (<see cref="BacktestRow.InsidePredictive"/>).</param>
public sealed record ScoreRow(
    string Series,
    int Observations,
    double Coverage,
    double MeanIntervalScore,
    double MedianAbsLogError,
    double? NaiveMedianAbsLogError,
    string Bound,
    double Respected,
    double PredictiveCoverage);
