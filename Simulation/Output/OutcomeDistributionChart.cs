using System.Globalization;
using MathNet.Numerics.Statistics;
using ScottPlot;

namespace MarketSim.Output;

/// <summary>
/// The distribution of each investor's final value multiple W = final value / money put in across replications, on
/// a log axis: a dot per replication, a box from the 25th to the 75th percentile with the median, whiskers from the
/// 5th to the 95th, and a diamond at the mean. A mean far above the box is the sign that two or three replications
/// carry it, which is why verdicts are paired and come with intervals.
/// </summary>
internal static class OutcomeDistributionChart
{
    /// <summary>The chart's file stem.</summary>
    public const string Name = "outcome_distribution";

    // A total loss (W = 0) has no logarithm; it is drawn at this floor, labelled as a loss.
    private const double Floor = 0.01;

    public static ChartDraft? Draw(RunData run, List<string> skipped)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(skipped);
        if (!run.HasInvestors)
        {
            skipped.Add("Distribution of final value multiples: the run has no investors.csv.");
            return null;
        }

        var investors = FinalMultiples(run.Investors);
        var title = $"Final value multiple per investor · {run.ScenarioName}";
        var subtitle = string.Create(CultureInfo.InvariantCulture,
            $"Dots: {run.ReplicationCount} replication{(run.ReplicationCount == 1 ? "" : "s")}; box 25th–75th percentile with median, whiskers 5th–95th, diamond: mean; log scale");
        var plot = ChartStyle.Create(title, subtitle, "Investor", "Final value / money put in (log scale)");
        var colors = RunCharts.InvestorColors(investors.Select(i => i.Id));
        var positions = new double[investors.Count];
        var labels = new string[investors.Count];
        var bottom = 0.0;
        var top = 0.0;
        for (var i = 0; i < investors.Count; i++)
        {
            var (id, _, multiples) = investors[i];
            var color = colors[id];
            positions[i] = i;
            labels[i] = id;
            var logs = Array.ConvertAll(multiples, Log);
            bottom = Math.Min(bottom, logs.Min());
            top = Math.Max(top, logs.Max());

            // Dots spread across the box's width by replication index (deterministic, no random jitter).
            var xs = new double[logs.Length];
            for (var r = 0; r < xs.Length; r++)
                xs[r] = i - 0.3 + (0.6 * ((r * 0.618034) % 1.0));
            var dots = plot.Add.ScatterPoints(xs, logs);
            dots.Color = color.WithAlpha(0.45);
            dots.MarkerSize = 5;

            var sorted = (double[])logs.Clone();
            Array.Sort(sorted);
            double Q(double p) => SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7);
            var whisker = plot.Add.Line(i, Q(0.05), i, Q(0.95));
            whisker.Color = color;
            whisker.LineWidth = 1.5f;
            var box = plot.Add.Rectangle(i - 0.32, i + 0.32, Q(0.25), Q(0.75));
            box.FillStyle.Color = color.WithAlpha(0.15);
            box.LineStyle.Color = color;
            box.LineStyle.Width = 1.5f;
            var median = plot.Add.Line(i - 0.32, Q(0.5), i + 0.32, Q(0.5));
            median.Color = color;
            median.LineWidth = 3;
            var mean = plot.Add.Marker(i, Log(multiples.Average()), MarkerShape.FilledDiamond, 14, Color.FromHex("#222222"));
            mean.LegendText = i == 0 ? "Mean" : "";
        }

        var breakEven = plot.Add.HorizontalLine(0, 1, Color.FromHex("#777777"), LinePattern.Dashed);
        breakEven.LegendText = "Break-even (W = 1)";
        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.Bottom.TickLabelStyle.Rotation = -25;
        plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.UpperRight;
        plot.Axes.Bottom.MinimumSize = 110;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => y <= Math.Log10(Floor) + 1e-9 ? "≤0.01 (loss)" : FormatMultiple(Math.Pow(10, y)),
        };
        ChartStyle.LegendRight(plot);
        plot.Axes.SetLimitsX(-0.7, investors.Count - 0.3);
        plot.Axes.SetLimitsY(Math.Floor(bottom) - 0.1, Math.Ceiling(top) + 0.1);
        return new ChartDraft(Name, title, plot);
    }

    /// <summary>W = 1 + final return per replication for each investor, in order of first appearance.</summary>
    internal static List<(string Id, string Strategy, double[] Multiples)> FinalMultiples(IReadOnlyList<InvestorRow> rows)
    {
        var last = rows.Max(r => r.Tick);
        var order = new List<string>();
        var byId = new Dictionary<string, (string Strategy, SortedDictionary<int, double> Values)>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (!byId.TryGetValue(row.Id, out var entry))
            {
                entry = (row.Strategy, new SortedDictionary<int, double>());
                byId.Add(row.Id, entry);
                order.Add(row.Id);
            }

            if (row.Tick == last)
                entry.Values[row.Replication] = 1 + row.Return;
        }

        return order.ConvertAll(id => (id, byId[id].Strategy, byId[id].Values.Values.ToArray()));
    }

    private static double Log(double multiple) => Math.Log10(Math.Max(multiple, Floor));

    private static string FormatMultiple(double w) =>
        w >= 1 ? w.ToString("#,0", CultureInfo.InvariantCulture) + "×" : w.ToString("0.##", CultureInfo.InvariantCulture) + "×";
}
