using MarketSim.Scenarios.Observations;

namespace MarketSim.Experiments.Backtests;

/// <summary>One row of backtest.csv: one observation against the simulated distribution (model units).</summary>
/// <param name="Series">The observation's series.</param>
/// <param name="Firm">The firm (model id) the series measures.</param>
/// <param name="PeriodStart">First day of the observed period.</param>
/// <param name="PeriodEnd">Last day of the observed period.</param>
/// <param name="Observed">The observed figure, in model units.</param>
/// <param name="P5">5th percentile of the simulated values.</param>
/// <param name="P50">Median of the simulated values.</param>
/// <param name="P95">95th percentile of the simulated values.</param>
/// <param name="Inside">The figure lies inside the simulated 5-95% band (every figure scored as a point).</param>
/// <param name="IntervalScore">Interval score of the 90% band in logs (<see cref="BacktestScoring.IntervalScore"/>).</param>
/// <param name="LogError">ln(simulated median) - ln(observed).</param>
/// <param name="Naive">The naive trend's value, or null without a trend.</param>
/// <param name="NaiveLogError">ln(naive) - ln(observed), or null.</param>
/// <param name="Bound">How the figure stands to the model's measure: a point, or a bound from above or below (<see cref="ObservationSeries.BoundIn"/>).</param>
/// <param name="Respected">The band does not contradict the figure (<see cref="BacktestScoring.Respects"/>).</param>
/// <param name="PredictiveP5">5th percentile of what the figure would read: the replications blurred by its error (<see cref="BacktestScoring.PredictiveBand"/>).</param>
/// <param name="PredictiveP95">95th percentile of the same.</param>
/// <param name="InsidePredictive">The figure lies inside that band (every figure scored as a point).</param>
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
    double? NaiveLogError,
    FigureBound Bound,
    bool Respected,
    double PredictiveP5,
    double PredictiveP95,
    bool InsidePredictive);
