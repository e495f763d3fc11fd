using System.Globalization;
using ScottPlot;

namespace MarketSim.Output;

/// <summary>
/// Charts that put several runs side by side: colour says what (layer, investor), line pattern says
/// which run. Per-month values are means across each run's replications.
/// </summary>
internal static class OverlayCharts
{
    public const string RevenueByLayer = "compare_revenue_by_layer", InvestorValue = "compare_investor_value",
        TollShare = "compare_toll_share", CapexGap = "compare_capex_gap";

    private static readonly LinePattern[] _patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    public static List<ChartDraft> Build(IReadOnlyList<LabelledRun> runs, List<string> skipped)
    {
        var first = runs.Min(r => r.Run.Manifest.MonthOf(0));
        var last = runs.Max(r => r.Run.Manifest.MonthOf(Math.Max(r.Run.TickCount - 1, 1)));
        var legend = PatternLegend(runs);
        var drafts = new List<ChartDraft>
        {
            Revenue(runs, legend, first, last),
        };
        var investors = Investors(runs, legend, first, last, skipped);
        if (investors is not null)
        {
            drafts.Add(investors);
        }

        drafts.Add(PerRun(runs, TollShare, "Toll share of end-customer spend", "Part of customer spend ending as cloud and vendor revenue",
            "Toll share (%)", r => r.TollShare * 100, first, last, zeroLine: false));
        drafts.Add(PerRun(runs, CapexGap, "AI capex minus end-customer revenue", "Above zero: capex exceeds what customers pay (the bubble gap)",
            "Gap (USD bn per month)", r => r.AiCapex - r.CustomerSpend, first, last, zeroLine: true));
        return drafts;
    }

    private static ChartDraft Revenue(IReadOnlyList<LabelledRun> runs, string legend, DateTime first, DateTime last)
    {
        var title = "Revenue by layer · " + Names(runs);
        var plot = ChartStyle.Create(title, $"{legend}; mean across replications", "Month", "Revenue (USD bn per month)");
        var top = 0.0;
        for (var i = 0; i < runs.Count; i++)
        {
            var (label, run) = (runs[i].Label, runs[i].Run);
            var xs = ChartStyle.MonthXs(run.Manifest, run.TickCount);
            var pattern = _patterns[i % _patterns.Length];
            foreach (var (layer, color, select) in new (string, Color, Func<ModelRow, double>)[]
            {
                ("Labs", ChartStyle.LabsColor, r => r.LabRevenue),
                ("Clouds", ChartStyle.CloudsColor, r => r.CloudRevenue),
                ("Vendors", ChartStyle.VendorsColor, r => r.VendorRevenue),
            })
            {
                var ys = SeriesMath.MeanOfModel(run.Model, run.TickCount, select);
                top = Math.Max(top, SeriesMath.Max(ys));
                ChartLines.Add(plot, xs, ys, color, $"{label} · {layer}", pattern, 2.5f);
            }
        }

        Finish(plot, first, last, 0, top);
        return new ChartDraft(RevenueByLayer, title, plot);
    }

    private static ChartDraft? Investors(IReadOnlyList<LabelledRun> runs, string legend, DateTime first, DateTime last, List<string> skipped)
    {
        var withInvestors = runs.Where(r => r.Run.HasInvestors).ToList();
        foreach (var missing in runs.Where(r => !r.Run.HasInvestors))
        {
            skipped.Add($"Investor value overlay: {missing.Label} has no investors.csv and is left out.");
        }

        if (withInvestors.Count == 0)
        {
            return null;
        }

        var title = "Investor portfolio value · " + Names(withInvestors);
        var plot = ChartStyle.Create(title, $"{legend}; lines: mean, bands: 5th–95th percentile across replications",
            "Month", "Portfolio value (USD million)");
        var colors = RunCharts.InvestorColors(withInvestors.SelectMany(r => r.Run.Investors.Select(i => i.Id)));
        var top = 0.0;
        for (var i = 0; i < runs.Count; i++)
        {
            var (label, run) = (runs[i].Label, runs[i].Run);
            if (!run.HasInvestors)
            {
                continue;
            }

            var xs = ChartStyle.MonthXs(run.Manifest, run.TickCount);
            foreach (var band in SeriesMath.InvestorBands(run.Investors, run.TickCount))
            {
                var color = colors[band.Id];
                if (run.ReplicationCount > 1)
                {
                    plot.MoveToBack(ChartLines.Band(plot, xs, band.P5, band.P95, color.WithAlpha(0.12), null));
                    top = Math.Max(top, SeriesMath.Max(band.P95));
                }

                top = Math.Max(top, SeriesMath.Max(band.Mean));
                ChartLines.Add(plot, xs, band.Mean, color, $"{label} · {RunCharts.InvestorLabel(band.Id, band.Strategy)}",
                    _patterns[i % _patterns.Length], 2.5f);
            }
        }

        Finish(plot, first, last, 0, top);
        return new ChartDraft(InvestorValue, title, plot);
    }

    private static ChartDraft PerRun(IReadOnlyList<LabelledRun> runs, string name, string what, string subtitle, string yLabel,
        Func<ModelRow, double> select, DateTime first, DateTime last, bool zeroLine)
    {
        var title = $"{what} · {Names(runs)}";
        var plot = ChartStyle.Create(title, $"{subtitle}; one colour per run; mean across replications", "Month", yLabel);
        double bottom = 0, top = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i].Run;
            var ys = SeriesMath.MeanOfModel(run.Model, run.TickCount, select);
            top = Math.Max(top, SeriesMath.Max(ys));
            bottom = Math.Min(bottom, -SeriesMath.Max(SeriesMath.Scale(ys, -1)));
            ChartLines.Add(plot, ChartStyle.MonthXs(run.Manifest, run.TickCount), ys, FirmColors.Series(i), runs[i].Label,
                _patterns[i % _patterns.Length], 2.5f);
        }

        if (zeroLine)
        {
            plot.Add.HorizontalLine(0, 1, Color.FromHex("#777777"), LinePattern.Dashed);
        }

        Finish(plot, first, last, bottom, top);
        return new ChartDraft(name, title, plot);
    }

    private static void Finish(Plot plot, DateTime first, DateTime last, double bottom, double top)
    {
        ChartStyle.LegendRight(plot);
        ChartStyle.MonthAxis(plot, first, last);
        if (!double.IsFinite(top) || top <= bottom)
        {
            top = bottom + 1;
        }

        var pad = (top - bottom) * 0.05;
        plot.Axes.SetLimitsY(bottom < 0 ? bottom - pad : bottom, top + pad);
    }

    private static string Names(IEnumerable<LabelledRun> runs) => string.Join(" vs ", runs.Select(r => r.Label));

    private static string PatternLegend(IReadOnlyList<LabelledRun> runs)
    {
        string[] names = ["solid", "dashed", "dotted", "densely dashed"];
        return string.Join(", ", runs.Select((r, i) => string.Create(CultureInfo.InvariantCulture, $"{names[i % names.Length]}: {r.Label}")));
    }
}
