namespace MarketSim.Experiments.Backtests;

/// <summary>One row of scores.csv: one series (or <c>all</c>).</summary>
public sealed record ScoreRow(
    string Series,
    int Observations,
    double Coverage,
    double MeanIntervalScore,
    double MedianAbsLogError,
    double? NaiveMedianAbsLogError);
