using ScottPlot;
using ScottPlot.Plottables;

namespace MarketSim.Output;

/// <summary>Drawing helpers shared by run charts and overlays.</summary>
internal static class ChartLines
{
    /// <summary>
    /// A line that breaks where the series is NaN (a firm not yet founded or already dead), so
    /// no segment is drawn across the gap. Only the first segment carries the legend label.
    /// </summary>
    public static void Add(Plot plot, double[] xs, double[] ys, Color color, string? label, LinePattern pattern, float width = 2)
    {
        var labelled = false;
        var start = -1;
        for (var i = 0; i <= ys.Length; i++)
        {
            var finite = i < ys.Length && double.IsFinite(ys[i]);
            if (finite && start < 0)
            {
                start = i;
            }
            else if (!finite && start >= 0)
            {
                var segment = AddSegment(plot, xs[start..i], ys[start..i], color, pattern, width);
                if (!labelled && label is not null)
                {
                    segment.LegendText = label;
                    labelled = true;
                }

                start = -1;
            }
        }
    }

    /// <summary>One layer of a stacked area (between <paramref name="lower"/> and <paramref name="upper"/>).</summary>
    public static FillY Band(Plot plot, double[] xs, double[] lower, double[] upper, Color color, string? label)
    {
        var fill = plot.Add.FillY(xs, lower, upper);
        fill.FillColor = color;
        fill.LineWidth = 0;
        fill.MarkerSize = 0;
        if (label is not null)
        {
            fill.LegendText = label;
        }

        return fill;
    }

    private static Scatter AddSegment(Plot plot, double[] xs, double[] ys, Color color, LinePattern pattern, float width)
    {
        var scatter = plot.Add.ScatterLine(xs, ys, color);
        scatter.LineWidth = width;
        scatter.LinePattern = pattern;
        // A one-month segment has no length; a marker keeps it visible.
        scatter.MarkerSize = xs.Length == 1 ? 6 : 0;
        return scatter;
    }
}
