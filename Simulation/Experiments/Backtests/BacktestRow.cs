namespace MarketSim.Experiments.Backtests;

/// <summary>One row of backtest.csv: one observation against the simulated distribution (model units).</summary>
public sealed record BacktestRow(
    string Series,
    string Firm,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    double Observed,
    double P5,
    double P50,
    double P95,
    bool Inside,
    double IntervalScore,
    double LogError,
    double? Naive,
    double? NaiveLogError);
