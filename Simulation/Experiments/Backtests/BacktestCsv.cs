using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace MarketSim.Experiments.Backtests;

/// <summary>Writes backtest.csv and scores.csv (CsvHelper, invariant culture, LF).</summary>
public static class BacktestCsv
{
    /// <summary>File name of the per-observation table.</summary>
    public const string RowsFile = "backtest.csv";

    /// <summary>File name of the per-series scores.</summary>
    public const string ScoresFile = "scores.csv";

    /// <summary>Writes both tables into <paramref name="directory"/>; returns their paths.</summary>
    public static IReadOnlyList<string> Write(BacktestResult result, string directory)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rows = Path.Combine(directory, RowsFile);
        using (var csv = Open(rows))
        {
            foreach (var name in new[] { "series", "firm", "period_start", "period_end", "observed", "p5", "p50", "p95", "inside", "interval_score", "log_error", "naive", "naive_log_error", "bound", "respected", "predictive_p5", "predictive_p95", "predictive_inside" })
                csv.WriteField(name);
            csv.NextRecord();
            foreach (var r in result.Rows)
            {
                csv.WriteField(r.Series);
                csv.WriteField(r.Firm);
                csv.WriteField(Date(r.PeriodStart));
                csv.WriteField(Date(r.PeriodEnd));
                csv.WriteField(r.Observed);
                csv.WriteField(r.P5);
                csv.WriteField(r.P50);
                csv.WriteField(r.P95);
                csv.WriteField(r.Inside ? 1 : 0);
                csv.WriteField(r.IntervalScore);
                csv.WriteField(r.LogError);
                csv.WriteField(Optional(r.Naive));
                csv.WriteField(Optional(r.NaiveLogError));
                csv.WriteField(BacktestScoring.BoundName(r.Bound));
                csv.WriteField(r.Respected ? 1 : 0);
                csv.WriteField(r.PredictiveP5);
                csv.WriteField(r.PredictiveP95);
                csv.WriteField(r.InsidePredictive ? 1 : 0);
                csv.NextRecord();
            }
        }

        var scores = Path.Combine(directory, ScoresFile);
        using (var csv = Open(scores))
        {
            foreach (var name in new[] { "series", "observations", "coverage", "mean_interval_score", "median_abs_log_error", "naive_median_abs_log_error", "bound", "respected", "predictive_coverage" })
                csv.WriteField(name);
            csv.NextRecord();
            foreach (var s in result.Scores)
            {
                csv.WriteField(s.Series);
                csv.WriteField(s.Observations);
                csv.WriteField(s.Coverage);
                csv.WriteField(s.MeanIntervalScore);
                csv.WriteField(s.MedianAbsLogError);
                csv.WriteField(Optional(s.NaiveMedianAbsLogError));
                csv.WriteField(s.Bound);
                csv.WriteField(s.Respected);
                csv.WriteField(s.PredictiveCoverage);
                csv.NextRecord();
            }
        }

        return [rows, scores];
    }

    /// <summary>A CSV writer with the project's format: invariant culture, LF, UTF-8 without BOM.</summary>
    internal static CsvWriter Open(string path)
    {
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        return new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" });
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Optional(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;
}
