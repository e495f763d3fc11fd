using ScottPlot;

namespace MarketSim.Output.Backtests;

/// <summary>
/// Draws a fan chart: the simulated median and 5-95% band by month, the observed points with their ranges
/// (filled when scored, open when not: in the calibration window or with a period not wholly simulated), the naive trend dashed, and the calibration
/// window shaded.
/// </summary>
public static class FanChart
{
    private static readonly Color Band = Color.FromHex("#4C72B0").WithAlpha(0.25);
    private static readonly Color Median = Color.FromHex("#4C72B0");
    private static readonly Color ObservedColor = Color.FromHex("#C0392B");
    private static readonly Color NaiveColor = Color.FromHex("#555555");
    private static readonly Color WindowColor = Color.FromHex("#999999").WithAlpha(0.15);

    /// <summary>Draws <paramref name="input"/> into <paramref name="directory"/> as PNG and SVG.</summary>
    public static ChartFile Write(FanChartInput input, string directory)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plot = ChartStyle.Create(input.Title, "simulated median and 5-95% band; observed points (open: not scored)", "month", input.Unit);
        var xs = input.Months.Select(X).ToArray();
        var first = Math.Min(xs.Length > 0 ? xs[0] : double.MaxValue, input.Points.Count > 0 ? input.Points.Min(p => X(p.Date)) : double.MaxValue);
        var last = Math.Max(xs.Length > 0 ? xs[^1] : double.MinValue, input.Points.Count > 0 ? input.Points.Max(p => X(p.Date)) : double.MinValue);
        // A month either side keeps the first and last points off the frame.
        first -= 31;
        last += 31;
        var windowEnd = X(input.WindowEnd);
        if (windowEnd > first)
        {
            var span = plot.Add.HorizontalSpan(first, Math.Min(windowEnd, last));
            span.FillStyle.Color = WindowColor;
            span.LineStyle.Width = 0;
            span.LegendText = "calibration window";
        }

        if (xs.Length > 0)
        {
            ChartLines.Band(plot, xs, [.. input.P5], [.. input.P95], Band, "simulated 5-95%");
            ChartLines.Add(plot, xs, [.. input.P50], Median, "simulated median", LinePattern.Solid, 2.5f);
        }

        if (input.Naive.Count > 0)
            ChartLines.Add(plot, input.NaiveMonths.Select(X).ToArray(), [.. input.Naive], NaiveColor, "naive trend", LinePattern.Dashed, 1.5f);

        var labelledScored = false;
        var labelledWindow = false;
        foreach (var point in input.Points)
        {
            var x = X(point.Date);
            if (point.Low is not null || point.High is not null)
            {
                var range = plot.Add.Line(x, point.Low ?? point.Value, x, point.High ?? point.Value);
                range.LineColor = ObservedColor;
                range.LineWidth = 1.5f;
                range.MarkerSize = 0;
            }

            var marker = plot.Add.Marker(x, point.Value, point.Scored ? MarkerShape.FilledCircle : MarkerShape.OpenCircle, 9, ObservedColor);
            if (point.Scored && !labelledScored)
            {
                marker.LegendText = "observed (scored)";
                labelledScored = true;
            }
            else if (!point.Scored && !labelledWindow)
            {
                marker.LegendText = "observed (not scored)";
                labelledWindow = true;
            }
        }

        ChartStyle.MonthAxis(plot, DateTime.FromOADate(first), DateTime.FromOADate(last));
        plot.Axes.SetLimitsX(first, last);
        SetLimitsY(plot, input);
        ChartStyle.LegendRight(plot);
        return ChartWriter.Save(new ChartDraft(input.Name, input.Title, plot), directory, ChartStyle.Width, ChartStyle.Height);
    }

    // The vertical range is the simulated band's and the observations', so a naive trend that explodes
    // (a log-linear fit through a few early points) leaves the frame instead of flattening everything else.
    private static void SetLimitsY(Plot plot, FanChartInput input)
    {
        var values = input.P5.Concat(input.P95)
            .Concat(input.Points.Select(p => p.Low ?? p.Value))
            .Concat(input.Points.Select(p => p.High ?? p.Value))
            .Where(double.IsFinite)
            .ToList();
        if (values.Count == 0)
        {
            return;
        }

        var low = values.Min();
        var high = values.Max();
        var pad = high > low ? 0.08 * (high - low) : Math.Max(1e-9, 0.1 * Math.Abs(high));
        plot.Axes.SetLimitsY(low - pad, high + pad);
    }

    private static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified).ToOADate();
}
