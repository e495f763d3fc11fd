namespace MarketSim.Output.Backtests;

/// <summary>A table for a backtest or calibration report.</summary>
/// <param name="Title">Section heading.</param>
/// <param name="Header">Column names.</param>
/// <param name="Rows">Cells, already formatted.</param>
/// <param name="Note">A note under the table, or empty.</param>
public sealed record ReportTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string Note);
