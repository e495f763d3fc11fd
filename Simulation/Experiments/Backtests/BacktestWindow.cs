namespace MarketSim.Experiments.Backtests;

/// <summary>The observations a backtest scores and the months it simulates.</summary>
/// <param name="From">First date scored.</param>
/// <param name="Until">Last date used, or null.</param>
/// <param name="Scored">Targets scored, in file order.</param>
/// <param name="Ticks">Months to simulate.</param>
/// <param name="Before">Observations dated before <paramref name="From"/> (they fit the naive trend).</param>
/// <param name="After">Observations dated after <paramref name="Until"/>.</param>
/// <param name="Outside">Observations in the window whose period is not wholly simulated.</param>
public sealed record BacktestWindow(DateOnly From, DateOnly? Until, IReadOnlyList<BacktestTarget> Scored, int Ticks, int Before, int After, int Outside);
