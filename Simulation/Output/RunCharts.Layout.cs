using ScottPlot;

namespace MarketSim.Output;

/// <content>What the charts share: stacking, axes and legend, firm and investor colours and labels, and the run's per-tick means.</content>
public sealed partial class RunCharts
{
    /// <summary>Stacks layers bottom-up with one fill each; returns the top of the stack.</summary>
    private static double Stack(Plot plot, double[] xs, IReadOnlyList<(string Label, Color Color, double[] Values)> layers)
    {
        var lower = new double[xs.Length];
        var top = 0.0;
        foreach (var (label, color, values) in layers)
        {
            var upper = new double[xs.Length];
            for (var t = 0; t < xs.Length; t++)
            {
                upper[t] = lower[t] + (double.IsFinite(values[t]) ? Math.Max(0, values[t]) : 0);
                top = Math.Max(top, upper[t]);
            }

            ChartLines.Band(plot, xs, lower, upper, color, label);
            lower = upper;
        }

        return top;
    }

    private static void Finish(Plot plot, Context c, double bottom, double top)
    {
        ChartStyle.LegendRight(plot);
        ChartStyle.MonthAxis(plot, c.First, c.Last);
        if (!double.IsFinite(top) || top <= bottom)
        {
            top = bottom + 1;
        }

        // 5% headroom so the highest line never touches the frame.
        plot.Axes.SetLimitsY(bottom, top + ((top - bottom) * 0.05));
    }

    internal static Dictionary<string, Color> InvestorColors(IEnumerable<string> ids) =>
        InvestorColorHex(ids).ToDictionary(p => p.Key, p => Color.FromHex(p.Value), StringComparer.Ordinal);

    internal static Dictionary<string, string> InvestorColorHex(IEnumerable<string> ids)
    {
        // Investors are few and their ids arbitrary: colours by sorted position keep them distinct in a
        // chart and identical across runs with the same investors (the usual overlay).
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var id in ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            result[id] = FirmColors.SeriesHex(index++);
        }

        return result;
    }

    internal static string InvestorLabel(string id, string strategy) =>
        string.Equals(id, strategy, StringComparison.Ordinal) || strategy.Length == 0 ? id : $"{id} ({strategy})";

    private static string Label(FirmSeries firm) => firm.Id;

    private static bool IsKind(FirmRow row, string kind) => IsKind(row.Kind, kind);

    private static bool IsKind(string actual, string kind) => string.Equals(actual, kind, StringComparison.OrdinalIgnoreCase);

    private static LinePattern PatternOf(string kind) =>
        IsKind(kind, "cloud") ? LinePattern.Dashed : IsKind(kind, "vendor") ? LinePattern.Dotted : LinePattern.Solid;

    private static double Top(IEnumerable<FirmSeries> series)
    {
        var top = 0.0;
        foreach (var s in series)
        {
            top = Math.Max(top, SeriesMath.Max(s.Values));
        }

        return top;
    }

    private static double LastValue(double[] values)
    {
        var last = SeriesMath.LastFinite(values);
        return last < 0 ? double.NegativeInfinity : values[last];
    }

    private static double Average(double[] values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += double.IsFinite(v) ? v : 0;
        }

        return values.Length == 0 ? 0 : sum / values.Length;
    }

    /// <summary>What every chart of one run needs: x coordinates, months, labels.</summary>
    private sealed class Context
    {
        public Context(RunData run)
        {
            Run = run;
            Ticks = run.TickCount;
            Xs = ChartStyle.MonthXs(run.Manifest, Math.Max(Ticks, 1));
            First = run.Manifest.MonthOf(0);
            Last = run.Manifest.MonthOf(Math.Max(Ticks - 1, 1));
            Scenario = run.ScenarioName;
            ReplicationNote = ChartStyle.ReplicationNote(run.ReplicationCount);
            StartText = ChartStyle.MonthText(First);
        }

        public RunData Run { get; }

        public int Ticks { get; }

        public double[] Xs { get; }

        public DateTime First { get; }

        public DateTime Last { get; }

        public string Scenario { get; }

        public string ReplicationNote { get; }

        public string StartText { get; }
    }
}
