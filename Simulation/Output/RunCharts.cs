using System.Globalization;
using ScottPlot;

namespace MarketSim.Output;

/// <summary>
/// The charts of one run, drawn from its CSVs: revenue by layer, lab shares, cumulative toll
/// revenue, lab capability, investor value with percentile bands, round-trip share and the capex
/// gap. Per-tick values are means across replications. Firms keep their <see cref="FirmColors"/>.
/// </summary>
public sealed partial class RunCharts
{
    /// <summary>Chart file stems, in reading order.</summary>
    public const string RevenueByLayer = "revenue_by_layer", LabShares = "lab_shares", TollCumulative = "toll_cumulative",
        LabCapability = "lab_capability", InvestorValue = "investor_value", RoundTripShare = "round_trip_share",
        CapexGap = "capex_gap";

    // Below this peak (0.1%) a firm's round-trip line is indistinguishable from zero and only adds clutter.
    private const double RoundTripFloor = 0.001;

    private readonly int _width;
    private readonly int _height;

    /// <summary>Charts of the given pixel size (default 1000 x 600).</summary>
    public RunCharts(int width = ChartStyle.Width, int height = ChartStyle.Height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 200);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 150);
        _width = width;
        _height = height;
    }

    /// <summary>Draws every chart the data allows into <paramref name="directory"/> as PNG and SVG.</summary>
    public ChartSet Write(RunData run, string directory)
    {
        ArgumentNullException.ThrowIfNull(run);
        var skipped = new List<string>();
        var drafts = Build(run, skipped);
        return ChartWriter.SaveAll(drafts, skipped, directory, _width, _height);
    }

    internal static List<ChartDraft> Build(RunData run, List<string> skipped)
    {
        var context = new Context(run);
        var drafts = new List<ChartDraft>();
        void Add(ChartDraft? draft)
        {
            if (draft is not null)
            {
                drafts.Add(draft);
            }
        }

        if (context.Ticks == 0)
        {
            skipped.Add("No chart drawn: model.csv and firms.csv have no rows.");
            return drafts;
        }

        Add(DrawRevenueByLayer(context));
        Add(DrawLabShares(context, skipped));
        Add(DrawTollCumulative(context, skipped));
        Add(DrawCapability(context, skipped));
        Add(DrawInvestorValue(context, skipped));
        Add(OutcomeDistributionChart.Draw(run, skipped));
        Add(DrawRoundTrip(context, skipped));
        Add(DrawCapexGap(context));
        return drafts;
    }

    private static ChartDraft DrawRevenueByLayer(Context c)
    {
        var title = $"Revenue by layer · {c.Scenario}";
        var plot = ChartStyle.Create(title, $"Monthly revenue of labs, clouds and vendors, stacked; {c.ReplicationNote}",
            "Month", "Revenue (USD bn per month)");
        var labs = SeriesMath.MeanOfModel(c.Run.Model, c.Ticks, r => r.LabRevenue);
        var clouds = SeriesMath.MeanOfModel(c.Run.Model, c.Ticks, r => r.CloudRevenue);
        var vendors = SeriesMath.MeanOfModel(c.Run.Model, c.Ticks, r => r.VendorRevenue);
        var layers = new (string Label, Color Color, double[] Values)[]
        {
            ("Labs", ChartStyle.LabsColor, labs),
            ("Clouds", ChartStyle.CloudsColor, clouds),
            ("Vendors", ChartStyle.VendorsColor, vendors),
        };
        var top = Stack(plot, c.Xs, layers);
        // The legend lists layers top-down, as they appear in the stack.
        ChartStyle.LegendItems(plot, layers.Reverse().Select(l => ChartStyle.FillItem(l.Label, l.Color)));
        Finish(plot, c, 0, top);
        return new ChartDraft(RunCharts.RevenueByLayer, title, plot);
    }

    private static ChartDraft? DrawLabShares(Context c, List<string> skipped)
    {
        var labs = SeriesMath.MeanByFirm(c.Run.Firms, c.Ticks, r => IsKind(r, "lab"), r => r.MarketShare * 100);
        if (labs.Count == 0)
        {
            skipped.Add("Lab market shares: firms.csv has no labs.");
            return null;
        }

        // Largest lab at the bottom, where its band has a flat baseline and reads most accurately.
        labs.Sort((a, b) => Average(b.Values).CompareTo(Average(a.Values)) is var order and not 0 ? order : string.CompareOrdinal(a.Id, b.Id));
        var title = $"Lab market shares · {c.Scenario}";
        var plot = ChartStyle.Create(title, $"Share of the lab market, stacked; {c.ReplicationNote}", "Month", "Market share (%)");
        var layers = labs.Select(l => (l.Id, FirmColors.For(l.Id), l.Values)).ToArray();
        var top = Stack(plot, c.Xs, layers);
        ChartStyle.LegendItems(plot, layers.Reverse().Select(l => ChartStyle.FillItem(l.Id, l.Item2)));
        Finish(plot, c, 0, Math.Max(100, top));
        return new ChartDraft(RunCharts.LabShares, title, plot);
    }

    private static ChartDraft? DrawTollCumulative(Context c, List<string> skipped)
    {
        var firms = SeriesMath.MeanByFirm(c.Run.Firms, c.Ticks, r => IsKind(r, "cloud") || IsKind(r, "vendor"), r => r.Revenue);
        if (firms.Count == 0)
        {
            skipped.Add("Cumulative toll revenue: firms.csv has no clouds or vendors.");
            return null;
        }

        var series = firms.Select(f => f with { Values = SeriesMath.Cumulative(f.Values) })
            .OrderBy(f => IsKind(f.Kind, "cloud") ? 0 : 1)
            .ThenByDescending(f => f.Values[^1])
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        var title = $"Cumulative toll revenue of clouds and vendors · {c.Scenario}";
        var plot = ChartStyle.Create(title, $"Revenue summed since {c.StartText}; clouds solid, vendors dashed; {c.ReplicationNote}",
            "Month", "Cumulative revenue (USD bn)");
        foreach (var firm in series)
        {
            var vendor = IsKind(firm.Kind, "vendor");
            ChartLines.Add(plot, c.Xs, firm.Values, FirmColors.For(firm.Id), Label(firm), vendor ? LinePattern.Dashed : LinePattern.Solid);
        }

        Finish(plot, c, 0, Top(series));
        return new ChartDraft(RunCharts.TollCumulative, title, plot);
    }

    private static ChartDraft? DrawCapability(Context c, List<string> skipped)
    {
        var labs = SeriesMath.MeanByFirm(c.Run.Firms, c.Ticks, r => IsKind(r, "lab"), r => r.Capability, aliveOnly: true);
        if (labs.Count == 0)
        {
            skipped.Add("Lab capability: firms.csv has no labs.");
            return null;
        }

        labs.Sort((a, b) => LastValue(b.Values).CompareTo(LastValue(a.Values)) is var order and not 0 ? order : string.CompareOrdinal(a.Id, b.Id));
        var title = $"Capability per lab · {c.Scenario}";
        var plot = ChartStyle.Create(title, $"Capability index (GPT-5 = 1.0), while the lab is alive; {c.ReplicationNote}",
            "Month", "Capability (index, GPT-5 = 1.0)");
        var reference = plot.Add.HorizontalLine(1.0, 1, Color.FromHex("#999999"), LinePattern.Dotted);
        reference.LegendText = "GPT-5 level";
        foreach (var lab in labs)
        {
            ChartLines.Add(plot, c.Xs, lab.Values, FirmColors.For(lab.Id), lab.Id, LinePattern.Solid);
        }

        Finish(plot, c, 0, Math.Max(1.0, Top(labs)));
        return new ChartDraft(RunCharts.LabCapability, title, plot);
    }

    private static ChartDraft? DrawInvestorValue(Context c, List<string> skipped)
    {
        if (!c.Run.HasInvestors)
        {
            skipped.Add("Investor value: the run has no investors.csv.");
            return null;
        }

        var bands = SeriesMath.InvestorBands(c.Run.Investors, c.Ticks);
        bands.Sort((a, b) => LastValue(b.Mean).CompareTo(LastValue(a.Mean)) is var order and not 0 ? order : string.CompareOrdinal(a.Id, b.Id));
        var title = $"Investor portfolio value · {c.Scenario}";
        var subtitle = c.Run.ReplicationCount > 1
            ? string.Create(CultureInfo.InvariantCulture, $"Lines: mean; bands: 5th–95th percentile across {c.Run.ReplicationCount} replications")
            : "One replication";
        // Log scale: outcomes span from a total loss to thousands of times the capital, and on a linear
        // axis one lottery-like bet flattens every other line against zero.
        var plot = ChartStyle.Create(title, subtitle + "; log scale", "Month", "Portfolio value (USD million, log scale)");
        var colors = InvestorColors(bands.Select(b => b.Id));
        var top = 0.0;
        var bottom = double.PositiveInfinity;
        var start = 0.0;
        foreach (var band in bands)
        {
            var color = colors[band.Id];
            var mean = LogValues(band.Mean);
            if (c.Run.ReplicationCount > 1)
            {
                var p95 = LogValues(band.P95);
                var p5 = LogValues(band.P5);
                var fill = ChartLines.Band(plot, c.Xs, p5, p95, color.WithAlpha(0.18), null);
                // Bands under every mean line: a band drawn later must not veil another investor's line.
                plot.MoveToBack(fill);
                top = Math.Max(top, SeriesMath.Max(p95));
                bottom = Math.Min(bottom, SeriesMath.Min(p5));
            }

            top = Math.Max(top, SeriesMath.Max(mean));
            bottom = Math.Min(bottom, SeriesMath.Min(mean));
            start = Math.Max(start, double.IsFinite(band.Mean[0]) ? band.Mean[0] : 0);
            ChartLines.Add(plot, c.Xs, mean, color, InvestorLabel(band.Id, band.Strategy), LinePattern.Solid, 2.5f);
        }

        if (start > 0)
        {
            var line = plot.Add.HorizontalLine(Math.Log10(start), 1, Color.FromHex("#777777"), LinePattern.Dashed);
            line.LegendText = "Starting capital";
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = y => Math.Pow(10, y) is var v && v >= 1 ? v.ToString("N0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture),
        };
        Finish(plot, c, double.IsFinite(bottom) ? Math.Floor(bottom) : 0, Math.Ceiling(top));
        return new ChartDraft(RunCharts.InvestorValue, title, plot);
    }

    // log10 of values in USD million, floored at 0.1 (a total loss would be minus infinity).
    private static double[] LogValues(double[] values) =>
        Array.ConvertAll(values, v => double.IsFinite(v) ? Math.Log10(Math.Max(v, 0.1)) : double.NaN);

    private static ChartDraft? DrawRoundTrip(Context c, List<string> skipped)
    {
        var firms = SeriesMath.MeanByFirm(c.Run.Firms, c.Ticks, _ => true, r => r.RoundTripShare * 100, aliveOnly: true)
            .Where(f => SeriesMath.Max(f.Values) >= RoundTripFloor * 100)
            .OrderByDescending(f => SeriesMath.Max(f.Values))
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        if (firms.Count == 0)
        {
            skipped.Add("Round-trip share: no firm's revenue was ever more than 0.1% its own investment coming back.");
            return null;
        }

        var title = $"Round-trip share of revenue per firm · {c.Scenario}";
        var plot = ChartStyle.Create(title,
            $"Revenue that is the firm's own (or allies') investment coming back; labs solid, clouds dashed, vendors dotted; {c.ReplicationNote}",
            "Month", "Round-trip share of revenue (%)");
        foreach (var firm in firms)
        {
            // Dotted lines are lighter to the eye; a little extra width keeps vendors as visible as the rest.
            ChartLines.Add(plot, c.Xs, firm.Values, FirmColors.For(firm.Id), Label(firm), PatternOf(firm.Kind),
                IsKind(firm.Kind, "vendor") ? 2.75f : 2f);
        }

        Finish(plot, c, 0, Top(firms));
        return new ChartDraft(RunCharts.RoundTripShare, title, plot);
    }

    private static ChartDraft DrawCapexGap(Context c)
    {
        var capex = SeriesMath.MeanOfModel(c.Run.Model, c.Ticks, r => r.AiCapex);
        var revenue = SeriesMath.MeanOfModel(c.Run.Model, c.Ticks, r => r.CustomerSpend);
        var title = $"AI capex vs end-customer revenue · {c.Scenario}";
        var plot = ChartStyle.Create(title, $"Red: capex above what customers pay (the bubble gap); green: revenue above capex; {c.ReplicationNote}",
            "Month", "USD bn per month");
        var upper = new double[c.Ticks];
        for (var t = 0; t < c.Ticks; t++)
        {
            upper[t] = Math.Max(capex[t], revenue[t]);
        }

        var red = Color.FromHex("#C0392B");
        var green = Color.FromHex("#27AE60");
        // Each fill is zero-width where its condition does not hold, so the two never overlap; a fill
        // that never shows gets no legend entry, so the legend names only what is drawn.
        var gapShown = false;
        var surplusShown = false;
        for (var t = 0; t < c.Ticks; t++)
        {
            gapShown |= capex[t] > revenue[t];
            surplusShown |= revenue[t] > capex[t];
        }

        ChartLines.Band(plot, c.Xs, revenue, upper, red.WithAlpha(0.22), gapShown ? "Gap: capex above revenue" : null);
        ChartLines.Band(plot, c.Xs, capex, upper, green.WithAlpha(0.22), surplusShown ? "Revenue above capex" : null);
        ChartLines.Add(plot, c.Xs, capex, red, "AI capex", LinePattern.Solid, 2.5f);
        ChartLines.Add(plot, c.Xs, revenue, Color.FromHex("#1F4E79"), "End-customer revenue", LinePattern.Solid, 2.5f);
        Finish(plot, c, 0, Math.Max(SeriesMath.Max(capex), SeriesMath.Max(revenue)));
        return new ChartDraft(RunCharts.CapexGap, title, plot);
    }
}
