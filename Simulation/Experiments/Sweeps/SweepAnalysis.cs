using System.Globalization;
using MarketSim.Output;
using ExperimentBox = MarketSim.Experiments.PrimBox;
using TradeoffBox = MarketSim.Output.PrimBox;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// Summarises a complete <c>runs.csv</c> (read back from disk, so a merged sweep and a single-machine
/// sweep get the same bytes): <c>summary.csv</c> (per design point, each metric's mean, sd and 95 %
/// t-interval across replications), <c>sensitivity.csv</c> (Sobol S1/ST, Morris mu*/sigma, or for grid
/// and lhs designs standardised regression coefficients, on the per-point means), <c>prim.csv</c>
/// (PRIM peeling trajectory and chosen box for the sweep's question, by default "where does the
/// racetrack lose to the best single-lab bet?") and charts under <c>charts/</c>.
/// </summary>
public static class SweepAnalysis
{
    /// <summary>Bootstrap resamples behind Sobol and Morris intervals.</summary>
    public const int Resamples = 1000;

    /// <summary>Writes every table and chart into <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">runs.csv is missing runs, repeats one, or is malformed.</exception>
    public static SweepAnalysisResult Write(SweepPlan plan, string directory, bool charts = true)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var spec = plan.Spec;
        var files = new List<string>();
        var findings = new List<string>();
        var metrics = spec.Metrics;
        var means = new double[metrics.Count][];
        for (var m = 0; m < metrics.Count; m++)
            means[m] = new double[plan.Design.Count];
        var advantageIndex = IndexOf(metrics, SweepMetricKind.RacetrackAdvantageBest);
        var advantages = new List<double>();

        var summaryPath = Path.Combine(directory, "summary.csv");
        WriteSummary(plan, Path.Combine(directory, RunsCsv.FileName), summaryPath, means, advantageIndex, advantages);
        files.Add(summaryPath);

        var sensitivityPath = Path.Combine(directory, "sensitivity.csv");
        var bars = WriteSensitivity(plan, sensitivityPath, means, out var barsMetric);
        for (var m = 0; m < metrics.Count; m++)
        {
            var missing = means[m].Count(v => !double.IsFinite(v));
            if (missing > 0)
                findings.Add(string.Create(CultureInfo.InvariantCulture, $"{metrics[m].Name} is not a finite number at {missing} design points: left out of sensitivity"));
        }

        files.Add(sensitivityPath);

        PrimResult? prim = null;
        if (spec.Prim is { } question)
        {
            var primPath = Path.Combine(directory, "prim.csv");
            prim = WritePrim(plan, question, primPath, means[IndexOf(metrics, question.Metric)], findings);
            files.Add(primPath);
        }

        if (advantageIndex >= 0 && advantages.Count > 0)
        {
            var wins = advantages.Count(a => a > 0);
            findings.Add(string.Create(CultureInfo.InvariantCulture,
                $"racetrack beats the best single-lab bet in {wins} of {advantages.Count} runs ({100.0 * wins / advantages.Count:0.#}%)"));
        }

        if (charts)
            files.AddRange(WriteCharts(plan, Path.Combine(directory, "charts"), means, bars, barsMetric, advantages, prim));
        return new SweepAnalysisResult(files, findings);
    }

    private static void WriteSummary(SweepPlan plan, string runsPath, string summaryPath, double[][] means, int advantageIndex,
        List<double> advantages)
    {
        var spec = plan.Spec;
        var metrics = spec.Metrics;
        var columns = new List<string> { "point" };
        columns.AddRange(spec.ParameterColumns);
        columns.Add("replications");
        foreach (var metric in metrics)
            columns.AddRange([metric.Column + "_mean", metric.Column + "_sd", metric.Column + "_low", metric.Column + "_high"]);

        using var table = new SweepTable(summaryPath, columns);
        var replications = spec.Replications;
        var buffer = new double[metrics.Count][];
        for (var m = 0; m < metrics.Count; m++)
            buffer[m] = new double[replications];
        long expected = 0;
        foreach (var (runId, values) in RunsCsv.Read(runsPath, plan))
        {
            if (runId != expected)
            {
                throw new InvalidDataException(runId < expected
                    ? $"{runsPath}: run {runId} appears twice"
                    : $"{runsPath}: runs {expected} to {runId - 1} are missing; the sweep is not complete (use --resume, or merge every shard)");
            }

            var r = plan.ReplicationOf(runId);
            for (var m = 0; m < metrics.Count; m++)
                buffer[m][r] = values[m];
            if (advantageIndex >= 0)
                advantages.Add(values[advantageIndex]);
            expected++;
            if (r == replications - 1)
                SummaryRow(plan, table, plan.PointOf(runId), buffer, means);
        }

        if (expected != plan.RunCount)
            throw new InvalidDataException($"{runsPath}: {expected} of {plan.RunCount} runs; the sweep is not complete (use --resume, or merge every shard)");
    }

    private static void SummaryRow(SweepPlan plan, SweepTable table, int point, double[][] buffer, double[][] means)
    {
        table.Add(point);
        var values = plan.Design.Points[point];
        for (var j = 0; j < values.Length; j++)
        {
            var distribution = plan.Spec.Space.Parameters[j].Distribution;
            if (distribution.Labels is null)
                table.Add(values[j]);
            else
                table.Add(distribution.Label(values[j]));
        }

        table.Add(plan.Spec.Replications);
        for (var m = 0; m < buffer.Length; m++)
        {
            if (buffer[m].All(double.IsFinite))
            {
                var summary = ReplicationSummary.Compute(buffer[m]);
                means[m][point] = summary.Mean;
                table.Add(summary.Mean).Add(summary.StandardDeviation).Add(summary.MeanLow).Add(summary.MeanHigh);
            }
            else
            {
                means[m][point] = double.NaN;
                table.Add(double.NaN).Add(double.NaN).Add(double.NaN).Add(double.NaN);
            }
        }

        table.EndRow();
    }

    private static List<SensitivityBar> WriteSensitivity(SweepPlan plan, string path, double[][] means, out string? barsMetric)
    {
        // Bars for the chart come from the first metric that can be analysed.
        var charted = -1;
        var spec = plan.Spec;
        var design = plan.Design;
        var random = SweepSeeds.AnalysisRandom(spec.Seed);
        var bars = new List<SensitivityBar>();
        var parameters = spec.Space.Parameters;
        switch (spec.DesignKind)
        {
            case SweepDesignKind.Sobol:
            {
                using var table = new SweepTable(path, ["metric", "parameter", "s1", "s1_low", "s1_high", "st", "st_low", "st_high"]);
                for (var m = 0; m < spec.Metrics.Count; m++)
                {
                    if (!means[m].All(double.IsFinite))
                        continue;
                    charted = charted < 0 ? m : charted;
                    var result = SobolAnalysis.Analyze(design, means[m], random, Resamples);
                    foreach (var index in result.Indices)
                    {
                        table.Add(spec.Metrics[m].Name).Add(index.Parameter).Add(index.S1).Add(index.S1Low).Add(index.S1High)
                            .Add(index.ST).Add(index.STLow).Add(index.STHigh).EndRow();
                        if (m == charted)
                        {
                            bars.Add(new SensitivityBar(index.Parameter, "S1", index.S1, index.S1Low, index.S1High));
                            bars.Add(new SensitivityBar(index.Parameter, "ST", index.ST, index.STLow, index.STHigh));
                        }
                    }
                }

                break;
            }

            case SweepDesignKind.Morris:
            {
                using var table = new SweepTable(path, ["metric", "parameter", "mu_star", "mu_star_conf", "mu_star_low", "mu_star_high", "mu", "sigma", "effects"]);
                for (var m = 0; m < spec.Metrics.Count; m++)
                {
                    if (!means[m].All(double.IsFinite))
                        continue;
                    charted = charted < 0 ? m : charted;
                    var result = MorrisAnalysis.Analyze(design, means[m], random, Resamples);
                    foreach (var index in result.Indices)
                    {
                        table.Add(spec.Metrics[m].Name).Add(index.Parameter).Add(index.MuStar).Add(index.MuStarConf).Add(index.MuStarLow)
                            .Add(index.MuStarHigh).Add(index.Mu).Add(index.Sigma).Add(index.Effects).EndRow();
                        if (m == charted)
                        {
                            bars.Add(new SensitivityBar(index.Parameter, "mu*", index.MuStar, index.MuStarLow, index.MuStarHigh));
                            bars.Add(new SensitivityBar(index.Parameter, "sigma", index.Sigma, index.Sigma, index.Sigma));
                        }
                    }
                }

                break;
            }

            default:
            {
                using var table = new SweepTable(path, ["metric", "parameter", "src", "r2"]);
                for (var m = 0; m < spec.Metrics.Count; m++)
                {
                    if (!means[m].All(double.IsFinite) || design.Count < 2)
                        continue;
                    charted = charted < 0 ? m : charted;
                    var (coefficients, r2) = RegressionSensitivity.Fit(design.Points, means[m]);
                    for (var j = 0; j < parameters.Count; j++)
                    {
                        table.Add(spec.Metrics[m].Name).Add(parameters[j].Path).Add(coefficients[j]).Add(r2).EndRow();
                        if (m == charted && double.IsFinite(coefficients[j]))
                            bars.Add(new SensitivityBar(parameters[j].Path, "|SRC|", Math.Abs(coefficients[j]), Math.Abs(coefficients[j]), Math.Abs(coefficients[j])));
                    }
                }

                break;
            }
        }

        barsMetric = charted >= 0 ? spec.Metrics[charted].Name : null;
        return bars;
    }

    private static PrimResult? WritePrim(SweepPlan plan, SweepPrim question, string path, double[] means, List<string> findings)
    {
        var spec = plan.Spec;
        var columns = new List<string> { "box", "step", "coverage", "density", "mass", "count", "positives", "restricted" };
        foreach (var column in spec.ParameterColumns)
            columns.AddRange([column + "_lower", column + "_upper"]);
        using var table = new SweepTable(path, columns);

        var points = new List<double[]>();
        var outcomes = new List<bool>();
        for (var i = 0; i < means.Length; i++)
        {
            if (!double.IsFinite(means[i]))
                continue;
            points.Add(plan.Design.Points[i]);
            outcomes.Add(question.IsCase(means[i]));
        }

        if (points.Count == 0)
            return null;
        var names = spec.Space.Parameters.Select(p => p.Path).ToArray();
        var categorical = spec.Space.Parameters.Select(p => p.Distribution.Labels is not null).ToArray();
        var result = PrimAnalysis.Run(points, outcomes, new PrimOptions(DensityThreshold: question.Density), names, categorical);
        foreach (var box in result.Trajectory)
            PrimRow(table, "trajectory", box, spec);
        if (result.Selected is { } chosen)
            PrimRow(table, "chosen", chosen, spec);

        var cases = outcomes.Count(o => o);
        findings.Add(string.Create(CultureInfo.InvariantCulture,
            $"PRIM ({question.Question}): {cases} of {outcomes.Count} design points are cases"));
        if (result.Selected is { } selected)
        {
            var limits = selected.RestrictedDimensions.Select(d => Describe(selected.Bounds[d], spec.Space.Parameters[d].Distribution));
            findings.Add(string.Create(CultureInfo.InvariantCulture,
                $"PRIM box (coverage {selected.Coverage:0.00}, density {selected.Density:0.00}): {(selected.RestrictedDimensions.Count == 0 ? "the whole space" : string.Join(" and ", limits))}"));
        }

        return result;
    }

    private static void PrimRow(SweepTable table, string kind, ExperimentBox box, SweepSpec spec)
    {
        table.Add(kind).Add(box.Step).Add(box.Coverage).Add(box.Density).Add(box.Mass).Add(box.Count).Add(box.Positives)
            .Add(string.Join(";", box.RestrictedDimensions.Select(d => spec.ParameterColumns[d])));
        foreach (var bound in box.Bounds)
            table.Add(bound.Lower).Add(bound.Upper);
        table.EndRow();
    }

    private static string Describe(PrimBound bound, ParameterDistribution distribution)
    {
        if (bound.Categories is { } categories)
            return $"{bound.Name} in {{{string.Join(", ", categories.Select(distribution.Label))}}}";
        return string.Create(CultureInfo.InvariantCulture, $"{bound.Lower:G4} <= {bound.Name} <= {bound.Upper:G4}");
    }

    private static List<string> WriteCharts(SweepPlan plan, string directory, double[][] means, List<SensitivityBar> bars,
        string? barsMetric, List<double> advantages, PrimResult? prim)
    {
        Directory.CreateDirectory(directory);
        var spec = plan.Spec;
        var charts = new SweepCharts();
        var written = new List<ChartFile>();
        var first = spec.Metrics[0];
        if (spec.DesignKind == SweepDesignKind.Grid && spec.Space.Count >= 2 && means[0].Any(double.IsFinite))
            written.Add(charts.Heatmap(Heatmap(plan, means[0]), directory));
        var barsUsable = bars.Where(b => double.IsFinite(b.Value) && double.IsFinite(b.Low) && double.IsFinite(b.High)).ToList();
        if (barsUsable.Count > 0)
        {
            var method = spec.DesignKind switch
            {
                SweepDesignKind.Sobol => "Sobol indices",
                SweepDesignKind.Morris => "Morris elementary effects",
                _ => "Standardised regression coefficients",
            };
            var labels = ShortLabels(spec.Space.Parameters.Select(p => p.Path).ToArray());
            barsUsable = barsUsable.Select(b => b with { Parameter = labels[b.Parameter] }).ToList();
            written.Add(charts.Sensitivity($"{method} · {spec.Name}", barsMetric ?? first.Name, barsUsable, directory));
        }

        var finite = advantages.Where(double.IsFinite).ToList();
        if (finite.Count > 0)
            written.Add(charts.RacetrackAdvantage($"Racetrack advantage · {spec.Name}", finite, directory));
        if (prim is not null && prim.Trajectory.Count > 0 && prim.Trajectory.All(b => double.IsFinite(b.Coverage)))
        {
            var boxes = prim.Trajectory.Select(b => new TradeoffBox(b.Coverage, b.Density, b == prim.Peeled)).ToList();
            written.Add(charts.PrimTradeoff($"PRIM · {spec.Prim!.Question} · {spec.Name}", boxes, directory));
        }

        return written.SelectMany(c => new[] { c.PngPath, c.SvgPath }).ToList();
    }

    // Axis labels: the last field of each path (labs[id=openai].markup -> markup) unless two parameters share it.
    private static Dictionary<string, string> ShortLabels(string[] paths)
    {
        var last = paths.Select(p => p[(p.LastIndexOf('.') + 1)..]).ToArray();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
            labels[paths[i]] = last.Count(l => l == last[i]) == 1 && last[i].Length > 0 ? last[i] : paths[i];
        return labels;
    }

    private static HeatmapData Heatmap(SweepPlan plan, double[] means)
    {
        var spec = plan.Spec;
        var xs = plan.Design.Points.Select(p => p[0]).Distinct().Order().ToArray();
        var ys = plan.Design.Points.Select(p => p[1]).Distinct().Order().ToArray();
        var sums = new double[ys.Length, xs.Length];
        var counts = new int[ys.Length, xs.Length];
        for (var i = 0; i < plan.Design.Count; i++)
        {
            if (!double.IsFinite(means[i]))
                continue;
            var point = plan.Design.Points[i];
            var x = Array.IndexOf(xs, point[0]);
            var y = Array.IndexOf(ys, point[1]);
            sums[y, x] += means[i];
            counts[y, x]++;
        }

        var values = new double[ys.Length, xs.Length];
        for (var y = 0; y < ys.Length; y++)
        {
            for (var x = 0; x < xs.Length; x++)
                values[y, x] = counts[y, x] > 0 ? sums[y, x] / counts[y, x] : double.NaN;
        }

        var others = spec.Space.Count > 2 ? " (mean over the other parameters)" : string.Empty;
        return new HeatmapData($"{spec.Metrics[0].Name} · {spec.Name}", spec.Space.Parameters[0].Path, xs,
            spec.Space.Parameters[1].Path, ys, values, spec.Metrics[0].Name + others);
    }

    private static int IndexOf(IReadOnlyList<SweepMetric> metrics, SweepMetricKind kind)
    {
        for (var m = 0; m < metrics.Count; m++)
        {
            if (metrics[m].Kind == kind)
                return m;
        }

        return -1;
    }

    private static int IndexOf(IReadOnlyList<SweepMetric> metrics, SweepMetric metric)
    {
        for (var m = 0; m < metrics.Count; m++)
        {
            if (metrics[m].Name == metric.Name)
                return m;
        }

        throw new ArgumentException($"'{metric.Name}' is not a metric of the sweep.", nameof(metric));
    }
}
