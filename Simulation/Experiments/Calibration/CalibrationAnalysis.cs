using System.Globalization;
using System.Text;
using MarketSim.Experiments.Backtests;

namespace MarketSim.Experiments.Calibration;

/// <summary>
/// What the candidates say: the best candidate (lowest loss, then lowest index) and the ABC rejection sample,
/// the accepted share of the global design's candidates by loss, with per-parameter R7 quantiles. Only global
/// candidates enter the posterior: they are draws from the prior ranges, which rejection sampling needs;
/// the refinement's points cluster by construction.
/// </summary>
public sealed class CalibrationAnalysis
{
    /// <summary>The file name of the posterior sample.</summary>
    public const string PosteriorFile = "posterior.csv";

    private CalibrationAnalysis(CandidateRow best, IReadOnlyList<CandidateRow> accepted, IReadOnlyList<double[]> quantiles)
    {
        Best = best;
        Accepted = accepted;
        Quantiles = quantiles;
    }

    /// <summary>The lowest-loss candidate.</summary>
    public CandidateRow Best { get; }

    /// <summary>The accepted sample, best first.</summary>
    public IReadOnlyList<CandidateRow> Accepted { get; }

    /// <summary>Per parameter: the 5th, 50th and 95th percentile of the accepted sample.</summary>
    public IReadOnlyList<double[]> Quantiles { get; }

    /// <summary>Analyses <paramref name="rows"/>.</summary>
    public static CalibrationAnalysis Create(CalibrationSpec spec, IReadOnlyList<CandidateRow> rows)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(rows);
        var best = rows.OrderBy(r => r.Loss).ThenBy(r => r.Index).First();
        var global = rows.Where(r => r.Phase == "global").OrderBy(r => r.Loss).ThenBy(r => r.Index).ToList();
        var keep = Math.Max(1, (int)Math.Ceiling(spec.Accept * global.Count));
        var accepted = global.Take(keep).ToList();
        var quantiles = new List<double[]>();
        for (var j = 0; j < spec.Space.Count; j++)
        {
            var sample = accepted.Select(r => r.Values[j]).ToArray();
            quantiles.Add([BacktestScoring.Quantile(sample, 0.05), BacktestScoring.Quantile(sample, 0.5), BacktestScoring.Quantile(sample, 0.95)]);
        }

        return new CalibrationAnalysis(best, accepted, quantiles);
    }

    /// <summary>Writes posterior.csv: <c>row,candidate,&lt;parameters&gt;,loss</c>, the accepted rows (<c>sample</c>) then <c>p5</c>, <c>p50</c>, <c>p95</c>.</summary>
    public void WritePosterior(CalibrationPlan plan, string path)
    {
        ArgumentNullException.ThrowIfNull(plan);
        using var csv = BacktestCsv.Open(path);
        csv.WriteField("row");
        csv.WriteField("candidate");
        foreach (var column in plan.Columns)
            csv.WriteField(column);
        csv.WriteField("loss");
        csv.NextRecord();
        foreach (var row in Accepted)
        {
            csv.WriteField("sample");
            csv.WriteField(row.Index);
            foreach (var value in row.Values)
                csv.WriteField(value);
            csv.WriteField(row.Loss);
            csv.NextRecord();
        }

        var losses = Accepted.Select(r => r.Loss).ToArray();
        var names = new[] { "p5", "p50", "p95" };
        var levels = new[] { 0.05, 0.5, 0.95 };
        for (var q = 0; q < names.Length; q++)
        {
            csv.WriteField(names[q]);
            csv.WriteField(string.Empty);
            foreach (var quantile in Quantiles)
                csv.WriteField(quantile[q]);
            csv.WriteField(BacktestScoring.Quantile(losses, levels[q]));
            csv.NextRecord();
        }
    }

    /// <summary>A line per parameter for the console and report: best value and posterior 90% interval.</summary>
    public IReadOnlyList<string> Describe(CalibrationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var lines = new List<string>();
        for (var j = 0; j < spec.Space.Count; j++)
        {
            var p = spec.Space.Parameters[j];
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{p.Path} = {Best.Values[j]:G6} (posterior 5-95%: {Quantiles[j][0]:G4} to {Quantiles[j][2]:G4}; range {p.Distribution.Minimum:G4} to {p.Distribution.Maximum:G4})");
            lines.Add(text.ToString());
        }

        return lines;
    }
}
