using System.Globalization;
using MarketSim.Experiments.Backtests;
using MarketSim.Output;
using MarketSim.Output.Backtests;

namespace MarketSim.Cli;

/// <summary>Turns a backtest result into its files: the two CSVs, one fan chart per series and firm, and the report page.</summary>
internal static class BacktestOutput
{
    /// <summary>Writes everything into <paramref name="directory"/>; returns the charts.</summary>
    public static IReadOnlyList<ChartFile> Write(BacktestResult result, string directory, string title, IReadOnlyList<string> notes,
        IReadOnlyList<ReportTable> extraTables)
    {
        BacktestCsv.Write(result, directory);
        var charts = new List<ChartFile>();
        var chartDirectory = Path.Combine(directory, "charts");
        foreach (var fan in result.Fans)
        {
            var input = new FanChartInput("fan-" + fan.Series + "-" + fan.Firm, fan.Series + " · " + fan.Firm, fan.Unit + " (model units)",
                fan.Months, fan.P5, fan.P50, fan.P95,
                fan.Points.Select(p => new FanChartPoint(p.Date, p.Value, p.Low, p.High, p.Scored)).ToList(),
                fan.NaiveMonths, fan.Naive, fan.From);
            charts.Add(FanChart.Write(input, chartDirectory));
        }

        var tables = new List<ReportTable>(extraTables) { ScoresTable(result) };
        var allNotes = new List<string>(notes);
        allNotes.AddRange(result.Skipped.Select(s => "Not scored: " + s + "."));
        BacktestReport.Write(Path.Combine(directory, "report.html"), title, allNotes, tables, charts);
        return charts;
    }

    /// <summary>The scores as a report table.</summary>
    public static ReportTable ScoresTable(BacktestResult result) => new(
        "Backtest scores",
        ["series", "observations", "coverage", "mean interval score", "median |log error|", "naive median |log error|", "figure", "respected", "coverage with the figure's error"],
        result.Scores.Select(s => (IReadOnlyList<string>)[s.Series, s.Observations.ToString(CultureInfo.InvariantCulture), F(s.Coverage), F(s.MeanIntervalScore),
            F(s.MedianAbsLogError), s.NaiveMedianAbsLogError is { } n ? F(n) : "-", s.Bound, F(s.Respected), F(s.PredictiveCoverage)]).ToList(),
        "Coverage: share of observations inside the simulated 5-95% band (target 0.9), every figure scored as a point. Interval score of the 90% interval in logs "
        + "(Gneiting-Raftery: width + 20 x the miss), lower is better. Log error = ln(simulated median) - ln(observed). "
        + "The naive benchmark is a log-linear trend through the same series' observations before the scored window; '-' where it has fewer than two. "
        + "Figure: point, or a bound of the model's measure from above (upper: segment revenue against AI revenue) or below (lower). "
        + "Respected: share of figures the band does not contradict (inside it for a point, some of the band on the bound's side for a bound); "
        + "'all points' and 'all bounds' summarise each kind on its own. "
        + "Coverage with the figure's error: the same share for the band of what the figure would read if the model were right, each replication "
        + "blurred by the figure's own error in logs (half its published range, at least 0.10: the calibration loss's sigma); "
        + "the first coverage holds the model's band alone to the figure.");

    /// <summary>The scores as a Markdown-style text table for the console.</summary>
    public static void Print(TextWriter output, BacktestResult result)
    {
        output.WriteLine("| series | observations | coverage | mean interval score | median abs log error | naive median abs log error | figure | respected | coverage with the figure's error |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach (var s in result.Scores)
        {
            output.WriteLine($"| {s.Series} | {s.Observations.ToString(CultureInfo.InvariantCulture)} | {F(s.Coverage)} | {F(s.MeanIntervalScore)} | {F(s.MedianAbsLogError)} | {(s.NaiveMedianAbsLogError is { } n ? F(n) : "-")} | {s.Bound} | {F(s.Respected)} | {F(s.PredictiveCoverage)} |");
        }
    }

    private static string F(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "-";
}
