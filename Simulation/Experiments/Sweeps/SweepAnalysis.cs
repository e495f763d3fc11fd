using System.Globalization;
using ExperimentBox = MarketSim.Experiments.PrimBox;

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

    /// <summary>Writes every table into <paramref name="directory"/>; the result carries what the charts need.</summary>
    /// <exception cref="InvalidDataException">runs.csv is missing runs, repeats one, or is malformed.</exception>
    public static SweepAnalysisResult Write(SweepPlan plan, string directory)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var spec = plan.Spec;
        var files = new List<string>();
        var findings = new List<string>();
        var metrics = spec.Metrics;
        var means = new double[metrics.Count][];
        for (var m = 0; m < metrics.Count; m++)
            means[m] = new double[plan.Design.Count];
        // The chart and finding compare with the lab index (pre-specified) when measured, else the after-the-fact best.
        var advantageIndex = IndexOf(metrics, SweepMetricKind.RacetrackAdvantageLabIndex);
        if (advantageIndex < 0)
            advantageIndex = IndexOf(metrics, SweepMetricKind.RacetrackAdvantageBest);
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
                $"racetrack beats {(metrics[advantageIndex].IsHindsight ? SweepChartInputs.HindsightBest + "," : "the lab index")} in {wins} of {advantages.Count} runs ({100.0 * wins / advantages.Count:0.#}%)"));
        }

        return new SweepAnalysisResult(files, findings, new SweepChartInputs(means, bars, barsMetric, advantages, prim,
            advantageIndex >= 0 && !metrics[advantageIndex].IsHindsight ? "the lab index" : SweepChartInputs.HindsightBest));
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

    private static List<SensitivityEntry> WriteSensitivity(SweepPlan plan, string path, double[][] means, out string? barsMetric)
    {
        // Bars for the chart come from the first metric that can be analysed.
        var charted = -1;
        var spec = plan.Spec;
        var design = plan.Design;
        var random = SweepSeeds.AnalysisRandom(spec.Seed);
        var bars = new List<SensitivityEntry>();
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
                            bars.Add(new SensitivityEntry(index.Parameter, "S1", index.S1, index.S1Low, index.S1High));
                            bars.Add(new SensitivityEntry(index.Parameter, "ST", index.ST, index.STLow, index.STHigh));
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
                            bars.Add(new SensitivityEntry(index.Parameter, "mu*", index.MuStar, index.MuStarLow, index.MuStarHigh));
                            bars.Add(new SensitivityEntry(index.Parameter, "sigma", index.Sigma, index.Sigma, index.Sigma));
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
                            bars.Add(new SensitivityEntry(parameters[j].Path, "|SRC|", Math.Abs(coefficients[j]), Math.Abs(coefficients[j]), Math.Abs(coefficients[j])));
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
