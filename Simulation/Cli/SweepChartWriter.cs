using MarketSim.Experiments;
using MarketSim.Experiments.Sweeps;
using MarketSim.Output;

namespace MarketSim.Cli;

/// <summary>Draws a sweep's charts (heatmap, sensitivity bars, racetrack advantage, PRIM trade-off) from its analysis.</summary>
internal static class SweepChartWriter
{
    public static List<string> Write(SweepPlan plan, string directory, SweepChartInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(inputs);
        Directory.CreateDirectory(directory);
        var spec = plan.Spec;
        var means = inputs.Means;
        var bars = inputs.Sensitivity.Select(b => new SensitivityBar(b.Parameter, b.Measure, b.Value, b.Low, b.High)).ToList();
        var barsMetric = inputs.SensitivityMetric;
        var advantages = inputs.Advantages;
        var prim = inputs.Prim;
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
            written.Add(charts.RacetrackAdvantage($"Racetrack advantage · {spec.Name}", finite, directory, versus: inputs.AdvantageVersus));
        if (prim is not null && prim.Trajectory.Count > 0 && prim.Trajectory.All(b => double.IsFinite(b.Coverage)))
        {
            var boxes = prim.Trajectory.Select(b => new Output.PrimBox(b.Coverage, b.Density, b == prim.Peeled)).ToList();
            written.Add(charts.PrimTradeoff($"PRIM · {spec.Prim!.Question} · {spec.Name}", boxes, directory));
        }

        return written.SelectMany(c => new[] { c.PngPath, c.SvgPath }).ToList();
    }

    // Axis labels: the last field of each path (labs[id=openai].markup -> markup); where two parameters
    // share it, the nearest selector value or field before it tells them apart
    // (customers.segments[name=developer].price_sensitivity -> developer price_sensitivity).
    private static Dictionary<string, string> ShortLabels(string[] paths)
    {
        var last = paths.Select(p => p[(p.LastIndexOf('.') + 1)..]).ToArray();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            labels[paths[i]] = last.Count(l => l == last[i]) == 1 && last[i].Length > 0 ? last[i] : Qualifier(paths[i]) + " " + last[i];
        }

        return labels;
    }

    private static string Qualifier(string path)
    {
        var head = path[..Math.Max(0, path.LastIndexOf('.'))];
        var selector = head.LastIndexOf('=');
        return selector >= 0 && head.EndsWith(']') ? head[(selector + 1)..^1] : head[(head.LastIndexOf('.') + 1)..];
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
}
