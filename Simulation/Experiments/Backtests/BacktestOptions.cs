namespace MarketSim.Experiments.Backtests;

/// <summary>How to run a backtest.</summary>
/// <param name="Replications">Replications simulated.</param>
/// <param name="Parallel">Replications at once.</param>
/// <param name="From">First date scored; earlier observations fit the naive trend. Null: the start month.</param>
/// <param name="Until">Last date scored (and used at all). Null: no limit.</param>
public sealed record BacktestOptions(int Replications, int Parallel, DateOnly? From, DateOnly? Until);
