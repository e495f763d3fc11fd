using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace MarketSim.Output;

/// <summary>
/// Charts of a sweep, from plain arrays: a metric over two parameters (heatmap), sensitivity bars
/// with confidence intervals, the distribution of the racetrack advantage, and the PRIM
/// coverage/density trade-off. Each is written as PNG and SVG.
/// </summary>
public sealed class SweepCharts
{
    private readonly int _width;
    private readonly int _height;

    /// <summary>Charts of the given pixel size (default 1000 x 600).</summary>
    public SweepCharts(int width = ChartStyle.Width, int height = ChartStyle.Height)
    {
        _width = width;
        _height = height;
    }

    /// <summary>Heatmap of a metric over two parameters, with a colour bar.</summary>
    public ChartFile Heatmap(HeatmapData data, string directory, string name = "sweep_heatmap")
    {
        ArgumentNullException.ThrowIfNull(data);
        int ny = data.Values.GetLength(0), nx = data.Values.GetLength(1);
        if (nx != data.XValues.Count || ny != data.YValues.Count)
        {
            throw new ArgumentException($"Values are {ny} x {nx} but the grid is {data.YValues.Count} x {data.XValues.Count}.", nameof(data));
        }

        var anyMissing = data.Values.Cast<double>().Any(double.IsNaN);
        var plot = ChartStyle.Create(data.Title,
            $"{data.Metric} for each combination of {data.XName} and {data.YName}{(anyMissing ? "; grey: no result" : "")}", data.XName, data.YName);
        var heatmap = plot.Add.Heatmap(data.Values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        // Row 0 holds the smallest y value, so it belongs at the bottom. The extent names the centres of
        // the corner cells, so cell (x, y) is centred on index (x, y) and every cell is one unit wide.
        heatmap.FlipVertically = true;
        heatmap.Extent = new CoordinateRect(0, Math.Max(nx - 1, 1e-9), 0, Math.Max(ny - 1, 1e-9));
        heatmap.NaNCellColor = Colors.LightGray;
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = data.Metric;
        bar.LabelStyle.FontName = ChartStyle.FontName;
        bar.LabelStyle.FontSize = 13;
        // The colour bar has its own axis, formatted in the current culture unless told otherwise.
        bar.Axis.TickGenerator = new NumericAutomatic { LabelFormatter = ChartStyle.Number };
        plot.Axes.Bottom.TickGenerator = new NumericManual(Indices(nx), data.XValues.Select(Label).ToArray());
        plot.Axes.Left.TickGenerator = new NumericManual(Indices(ny), data.YValues.Select(Label).ToArray());
        plot.Axes.SetLimits(-0.5, nx - 0.5, -0.5, ny - 0.5);
        return ChartWriter.Save(new ChartDraft(name, data.Title, plot), directory, _width, _height);
    }

    /// <summary>Grouped bars per parameter (one colour per index) with confidence-interval whiskers, most influential first.</summary>
    public ChartFile Sensitivity(string title, string metric, IReadOnlyList<SensitivityBar> bars, string directory, string name = "sweep_sensitivity")
    {
        ArgumentNullException.ThrowIfNull(bars);
        var indices = bars.Select(b => b.Index).Distinct(StringComparer.Ordinal).ToList();
        var parameters = bars.GroupBy(b => b.Parameter, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(b => b.Value)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        var plot = ChartStyle.Create(title, $"Sensitivity of {metric}; whiskers: confidence intervals", "Parameter", "Sensitivity index");
        var width = 0.8 / Math.Max(1, indices.Count);
        var legend = new List<LegendItem>();
        double top = 0, bottom = 0;
        for (var k = 0; k < indices.Count; k++)
        {
            var color = FirmColors.Series(k);
            legend.Add(ChartStyle.FillItem(indices[k], color));
            var xs = new List<double>();
            var ys = new List<double>();
            var below = new List<double>();
            var above = new List<double>();
            var plotted = new List<Bar>();
            for (var p = 0; p < parameters.Count; p++)
            {
                var bar = bars.FirstOrDefault(b => b.Index == indices[k] && b.Parameter == parameters[p]);
                if (bar is null)
                {
                    continue;
                }

                var x = p + ((k - ((indices.Count - 1) / 2.0)) * width);
                plotted.Add(new Bar { Position = x, Value = bar.Value, Size = width * 0.9, FillColor = color, LineWidth = 0 });
                xs.Add(x);
                ys.Add(bar.Value);
                below.Add(Math.Max(0, bar.Value - bar.Low));
                above.Add(Math.Max(0, bar.High - bar.Value));
                top = Math.Max(top, Math.Max(bar.High, bar.Value));
                bottom = Math.Min(bottom, Math.Min(bar.Low, bar.Value));
            }

            plot.Add.Bars(plotted);
            var whiskers = plot.Add.ErrorBar(xs, ys, below);
            whiskers.YErrorNegative = below;
            whiskers.YErrorPositive = above;
            whiskers.Color = Colors.Black;
            whiskers.LineWidth = 1.5f;
        }

        plot.Axes.Bottom.TickGenerator = new NumericManual(Indices(parameters.Count), [.. parameters.Select(Wrap)]);
        ChartStyle.LegendRight(plot);
        ChartStyle.LegendItems(plot, legend);
        var pad = Math.Max(top - bottom, 0.1) * 0.05;
        plot.Axes.SetLimits(-0.6, parameters.Count - 0.4, bottom < 0 ? bottom - pad : 0, top + pad);
        return ChartWriter.Save(new ChartDraft(name, title, plot), directory, _width, _height);
    }

    /// <summary>
    /// Histogram of the racetrack advantage (racetrack return minus that of <paramref name="versus"/>, one
    /// value per run), with the break-even line and the share of runs the racetrack wins.
    /// </summary>
    public ChartFile RacetrackAdvantage(string title, IReadOnlyList<double> advantages, string directory, string name = "sweep_racetrack_advantage",
        string versus = "the best single-lab bet of each run, chosen after the fact")
    {
        ArgumentNullException.ThrowIfNull(advantages);
        var finite = advantages.Where(double.IsFinite).Select(a => a * 100).ToList();
        if (finite.Count == 0)
        {
            throw new ArgumentException("No finite advantage to plot.", nameof(advantages));
        }

        var wins = finite.Count(a => a > 0) / (double)finite.Count;
        var subtitle = string.Create(CultureInfo.InvariantCulture,
            $"Racetrack return minus that of {versus}, {finite.Count} runs; racetrack ahead in {wins * 100:0.#}%");
        var plot = ChartStyle.Create(title, subtitle, "Racetrack advantage (percentage points of return)", "Runs");
        var min = finite.Min();
        var max = finite.Max();
        if (max - min < 1e-9)
        {
            (min, max) = (min - 1, max + 1);
        }

        var histogram = ScottPlot.Statistics.Histogram.WithBinCount(Math.Clamp((int)Math.Sqrt(finite.Count) * 2, 5, 40), min, max);
        histogram.AddRange(finite);
        plot.Add.Histogram(histogram, ChartStyle.LabsColor);
        var zero = plot.Add.VerticalLine(0, 2, Color.FromHex("#C0392B"), LinePattern.Dashed);
        zero.LegendText = "Break-even (0)";
        var mean = plot.Add.VerticalLine(finite.Average(), 2, Colors.Black);
        mean.LegendText = string.Create(CultureInfo.InvariantCulture, $"Mean ({finite.Average():+0.0;-0.0} pp)");
        ChartStyle.LegendRight(plot);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, plot.Axes.GetLimits().Top);
        return ChartWriter.Save(new ChartDraft(name, title, plot), directory, _width, _height);
    }

    /// <summary>PRIM peeling trajectory: density against coverage, the chosen box highlighted.</summary>
    public ChartFile PrimTradeoff(string title, IReadOnlyList<PrimBox> boxes, string directory, string name = "sweep_prim_tradeoff")
    {
        ArgumentNullException.ThrowIfNull(boxes);
        var plot = ChartStyle.Create(title, "Each point is a box of the peeling trajectory; larger coverage means fewer cases left out",
            "Coverage (% of cases of interest inside the box)", "Density (% of the box's cases that are of interest)");
        var xs = boxes.Select(b => b.Coverage * 100).ToArray();
        var ys = boxes.Select(b => b.Density * 100).ToArray();
        var trajectory = plot.Add.Scatter(xs, ys, ChartStyle.LabsColor);
        trajectory.LineWidth = 1.5f;
        trajectory.MarkerSize = 7;
        trajectory.LegendText = "Peeling trajectory";
        foreach (var chosen in boxes.Where(b => b.Chosen))
        {
            var marker = plot.Add.Marker(chosen.Coverage * 100, chosen.Density * 100, MarkerShape.OpenCircle, 18, Color.FromHex("#C0392B"));
            marker.LineWidth = 2.5f;
            marker.LegendText = string.Create(CultureInfo.InvariantCulture, $"Chosen box ({chosen.Coverage * 100:0}% coverage, {chosen.Density * 100:0}% density)");
        }

        ChartStyle.LegendRight(plot);
        plot.Axes.SetLimits(0, 102, 0, 102);
        return ChartWriter.Save(new ChartDraft(name, title, plot), directory, _width, _height);
    }

    private static double[] Indices(int count) => Enumerable.Range(0, count).Select(i => (double)i).ToArray();

    private static string Label(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    // Parameter names under bars share the width of one bar group: break them into short lines (at spaces,
    // then at underscores) so neighbours do not overlap.
    private static string Wrap(string label)
    {
        const int Line = 14;
        var lines = new List<string>();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > Line && rest.IndexOf('_', 1) is var cut and > 0)
            {
                // Cut at the last underscore that keeps the line short, else at the first one.
                var at = rest.LastIndexOf('_', Math.Min(Line, rest.Length - 1));
                at = at > 0 ? at : cut;
                lines.Add(rest[..at]);
                rest = rest[(at + 1)..];
            }

            lines.Add(rest);
        }

        return string.Join('\n', lines);
    }
}
