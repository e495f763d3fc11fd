namespace MarketSim.Experiments.Backtests;

/// <summary>What a backtest found.</summary>
/// <param name="Rows">One per scored observation, in file order.</param>
/// <param name="Scores">One per series, ordered by name, then <c>all</c>.</param>
/// <param name="Fans">One per series and firm.</param>
/// <param name="Ticks">Months simulated.</param>
/// <param name="Skipped">Why observations were not scored, with counts (for the report).</param>
public sealed record BacktestResult(
    IReadOnlyList<BacktestRow> Rows,
    IReadOnlyList<ScoreRow> Scores,
    IReadOnlyList<FanData> Fans,
    int Ticks,
    IReadOnlyList<string> Skipped);
