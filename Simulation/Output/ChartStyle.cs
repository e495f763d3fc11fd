using System.Globalization;
using ScottPlot;
using ScottPlot.Panels;
using ScottPlot.TickGenerators;
using ScottPlot.TickGenerators.TimeUnits;

namespace MarketSim.Output;

/// <summary>The look shared by every MarketSim chart: size, font, titles, month axis, legend outside the data.</summary>
internal static class ChartStyle
{
    public const int Width = 1000;
    public const int Height = 600;
    public const string FontName = "DejaVu Sans";

    public static readonly Color LabsColor = Color.FromHex("#4C72B0");
    public static readonly Color CloudsColor = Color.FromHex("#DD8452");
    public static readonly Color VendorsColor = Color.FromHex("#55A868");

    /// <summary>A plot with title, optional subtitle (smaller, on its own line) and axis labels.</summary>
    public static Plot Create(string title, string? subtitle, string xLabel, string yLabel)
    {
        var plot = new Plot();
        // Without an explicit font ScottPlot falls back to a serif on headless Linux.
        plot.Font.Set(FontName);
        plot.Axes.Title.Label.Text = title;
        plot.Axes.Title.Label.FontSize = 18;
        plot.Axes.Title.Label.Bold = true;
        if (!string.IsNullOrEmpty(subtitle))
        {
            var panel = new TitlePanel();
            panel.Label.Text = subtitle;
            panel.Label.FontName = FontName;
            panel.Label.FontSize = 13;
            panel.Label.Bold = false;
            panel.Label.ForeColor = Color.FromHex("#444444");
            plot.Axes.AddPanel(panel);
        }

        plot.XLabel(xLabel, 14);
        plot.YLabel(yLabel, 14);
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 12;
        // ScottPlot formats tick labels in the current culture; charts must read the same everywhere.
        // Fewer y ticks than ScottPlot's default: gridlines every few pixels compete with the data.
        plot.Axes.Left.TickGenerator = new NumericAutomatic { LabelFormatter = Number, TickDensity = 0.6 };
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic { LabelFormatter = Number };
        return plot;
    }

    /// <summary>Switches the bottom axis to calendar months, ticks on round months, labels in invariant English.</summary>
    public static void MonthAxis(Plot plot, DateTime first, DateTime last)
    {
        var axis = plot.Axes.DateTimeTicksBottom();
        var months = Math.Max(1, ((last.Year - first.Year) * 12) + last.Month - first.Month);
        // About ten labelled ticks whatever the horizon; steps divide a year so ticks repeat on the same months.
        int[] steps = [1, 2, 3, 6, 12, 24, 60, 120];
        var step = steps[^1];
        foreach (var candidate in steps)
        {
            if (months / candidate <= 10)
            {
                step = candidate;
                break;
            }
        }

        var format = step >= 12 ? "yyyy" : "MMM yyyy";
        // No minor ticks (null interval): month gridlines would crowd a ten-year axis.
        axis.TickGenerator = new DateTimeFixedInterval(new Month(), step, null!, 0, d => new DateTime(d.Year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified))
        {
            LabelFormatter = d => d.ToString(format, CultureInfo.InvariantCulture),
        };
        axis.TickLabelStyle.FontSize = 12;
        axis.TickLabelStyle.FontName = FontName;
        // Leave the x limits to the data so the first and last months sit at the edges.
        plot.Axes.SetLimitsX(first.ToOADate(), last.ToOADate());
    }

    /// <summary>Legend to the right of the data area, so it never covers a line.</summary>
    public static void LegendRight(Plot plot)
    {
        var panel = plot.ShowLegend(Edge.Right);
        // Top-aligned, next to where titles and the highest lines are, rather than floating mid-height.
        panel.Alignment = Alignment.UpperCenter;
        plot.Legend.FontName = FontName;
        plot.Legend.FontSize = 12;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
        // Long enough to tell a dashed or dotted line from a solid one.
        plot.Legend.SymbolWidth = 30;
    }

    /// <summary>Legend items, when the legend must list layers in another order than they were drawn.</summary>
    public static void LegendItems(Plot plot, IEnumerable<LegendItem> items)
    {
        // Manual items replace, not add to, the plottables' own entries.
        plot.Legend.DisplayPlottableLegendItems = false;
        plot.Legend.ManualItems.Clear();
        plot.Legend.ManualItems.AddRange(items);
    }

    public static LegendItem FillItem(string label, Color color) => new()
    {
        LabelText = label,
        FillColor = color,
        LineWidth = 0,
    };

    public static LegendItem LineItem(string label, Color color, LinePattern pattern, float width = 2) => new()
    {
        LabelText = label,
        LineColor = color,
        LineWidth = width,
        LinePattern = pattern,
    };

    /// <summary>x coordinates (OLE automation dates) of ticks 0..count-1.</summary>
    public static double[] MonthXs(RunManifest manifest, int count)
    {
        var xs = new double[count];
        for (var t = 0; t < count; t++)
        {
            xs[t] = manifest.MonthOf(t).ToOADate();
        }

        return xs;
    }

    /// <summary>"mean of N replications" or nothing for one.</summary>
    public static string ReplicationNote(int replications) =>
        replications > 1 ? string.Create(CultureInfo.InvariantCulture, $"mean of {replications} replications") : "one replication";

    /// <summary>Tick label: invariant, thousands separated, at most three decimals.</summary>
    public static string Number(double value) => value.ToString("#,0.###", CultureInfo.InvariantCulture);

    public static string MonthText(DateTime month) => month.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
