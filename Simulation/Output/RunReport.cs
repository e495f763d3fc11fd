using System.Globalization;
using System.Net;
using System.Text;

namespace MarketSim.Output;

/// <summary>
/// report.html of a run: one self-contained page (inline CSS, charts inlined as SVG, no external
/// URL) with the scenario, key findings, the strategy summary, the charts and links to the CSVs.
/// </summary>
public static class RunReport
{
    /// <summary>The file name inside a run folder.</summary>
    public const string FileName = "report.html";

    private const string Css = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: #222; margin: 0 auto; max-width: 1060px; padding: 24px; line-height: 1.45; }
        h1 { margin-bottom: 4px; } h2 { border-bottom: 1px solid #ddd; padding-bottom: 4px; margin-top: 36px; }
        .meta { color: #555; font-size: 0.9em; }
        .description { font-size: 1.05em; }
        table { border-collapse: collapse; font-size: 0.92em; }
        th, td { padding: 5px 10px; border-bottom: 1px solid #e4e4e4; text-align: right; }
        th { background: #f4f4f4; } td.text, th.text { text-align: left; }
        td.best { font-weight: bold; background: #eef7ee; }
        figure { margin: 24px 0; } figure svg { width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { color: #555; font-size: 0.9em; }
        .note { color: #666; font-size: 0.88em; }
        """;

    /// <summary>Writes the report to <paramref name="path"/> (usually <c>&lt;run&gt;/report.html</c>).</summary>
    public static void Write(RunData run, ChartSet charts, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var html = Render(run, charts, Path.GetDirectoryName(Path.GetFullPath(path)) ?? run.Directory);
        File.WriteAllText(path, html, CsvFormat.Utf8);
    }

    /// <summary>The report's HTML; links are relative to <paramref name="reportDirectory"/>.</summary>
    public static string Render(RunData run, ChartSet charts, string reportDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(charts);
        var m = run.Manifest;
        // Every run writes summary.csv (computed once, from the replications, by the run pipeline).
        var summary = run.Summary;
        var summaryNote = "From summary.csv.";

        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(run.ScenarioName)).Append(" · MarketSim report</title>\n")
            .Append("<style>\n").Append(Css).Append(VerdictSection.Css).Append("\n</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>").Append(E(run.ScenarioName)).Append("</h1>\n");
        if (m.Description.Length > 0)
        {
            html.Append("<p class=\"description\">").Append(E(m.Description)).Append("</p>\n");
        }

        var end = run.TickCount > 0 ? ChartStyle.MonthText(m.MonthOf(run.TickCount - 1)) : "-";
        html.Append("<p class=\"meta\">")
            .Append(E(Invariant($"{ChartStyle.MonthText(m.StartDate)} to {end} ({run.TickCount} months), {run.ReplicationCount} replication{(run.ReplicationCount == 1 ? "" : "s")}, seed {m.Seed}.")))
            .Append("<br>")
            .Append(E(Invariant($"MarketSim {m.Version} ({(m.GitRevision.Length > 0 ? m.GitRevision : "unknown revision")}), created {m.CreatedUtc.UtcDateTime:yyyy-MM-dd HH:mm} UTC.")));
        if (m.CommandLine.Length > 0)
        {
            html.Append("<br>Command: <code>").Append(E(m.CommandLine)).Append("</code>");
        }

        html.Append("</p>\n</header>\n");

        VerdictSection.Append(html, run, charts, target => RelativeLink(reportDirectory, target));

        html.Append("<section>\n<h2>Key findings</h2>\n<ul>\n");
        foreach (var finding in ReportFindings.Compute(run, summary))
        {
            html.Append("<li>").Append(E(finding)).Append("</li>\n");
        }

        html.Append("</ul>\n<p class=\"note\">Per-month figures are means across replications; returns are total returns over the run.</p>\n</section>\n");

        html.Append("<section>\n<h2>Strategies</h2>\n");
        if (summary is { Count: > 0 })
        {
            AppendSummaryTable(html, summary);
            html.Append("<p class=\"note\">").Append(E(summaryNote))
                .Append(" Percentiles across replications (R7); mean interval: 95% percentile bootstrap; CE: certainty-equivalent return (scenario section analysis); drawdown from the running peak; CAGR and volatility are in summary.csv.</p>\n");
        }
        else
        {
            html.Append("<p>No strategy results: the run has no summary.csv.</p>\n");
        }

        html.Append("</section>\n");

        html.Append("<section>\n<h2>Charts</h2>\n");
        foreach (var chart in charts.Charts)
        {
            // The distribution chart already stands under the verdict it explains.
            if (!File.Exists(chart.SvgPath) || chart.Name == OutcomeDistributionChart.Name)
            {
                continue;
            }

            html.Append("<figure id=\"").Append(E(chart.Name)).Append("\">\n")
                .Append(SvgInliner.Inline(File.ReadAllText(chart.SvgPath, CsvFormat.Utf8), "c-" + chart.Name))
                .Append("\n<figcaption>").Append(E(chart.Title)).Append(" (<a href=\"")
                .Append(E(RelativeLink(reportDirectory, chart.PngPath))).Append("\">PNG</a>, <a href=\"")
                .Append(E(RelativeLink(reportDirectory, chart.SvgPath))).Append("\">SVG</a>)</figcaption>\n</figure>\n");
        }

        foreach (var skipped in charts.Skipped)
        {
            html.Append("<p class=\"note\">Not drawn: ").Append(E(skipped)).Append("</p>\n");
        }

        html.Append("</section>\n");

        html.Append("<section>\n<h2>Data</h2>\n<ul>\n");
        foreach (var (file, what) in DataFiles)
        {
            var full = run.PathOf(file);
            if (File.Exists(full))
            {
                html.Append("<li><a href=\"").Append(E(RelativeLink(reportDirectory, full))).Append("\">").Append(E(file))
                    .Append("</a>: ").Append(E(what)).Append("</li>\n");
            }
        }

        html.Append("</ul>\n</section>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static readonly (string File, string What)[] DataFiles =
    [
        (RunManifest.FileName, "resolved scenario, seed, version, command line and timings"),
        (RunData.ModelFile, "market totals per month"),
        (RunData.FirmsFile, "every firm per month"),
        (RunData.InvestorsFile, "every investor's value per month"),
        (RunData.FlowsFile, "ledger flows by origin per month"),
        (RunData.SummaryFile, "strategy results across replications"),
        (RunData.VerdictFile, "racetrack against each other investor, paired by replication, with bootstrap intervals"),
        (RunData.DefaultsFile, "in how many replications each firm died, and when"),
        (RunData.ParametersFile, "each replication's draw of the scenario's uncertain parameters"),
    ];

    private static void AppendSummaryTable(StringBuilder html, IReadOnlyList<SummaryRow> rows)
    {
        // Scenario order, not ranked by mean: a ranking by the mean is a headline for whichever bet got lucky.
        var lowestLoss = rows.Min(r => r.ProbLoss);
        var lowestDrawdown = rows.Min(r => Math.Abs(r.MaxDrawdown));
        // The same colours as the investor-value chart, so a reader can match rows to lines.
        var colors = RunCharts.InvestorColorHex(rows.Select(r => r.Id));
        html.Append("<table>\n<thead><tr><th class=\"text\">Investor</th><th class=\"text\">Strategy</th><th class=\"text\">Target</th>")
            .Append("<th>Median return</th><th>Mean return (95% interval)</th><th>5th pct</th><th>95th pct</th><th>CE</th><th>Max drawdown</th><th>P(loss)</th><th>Replications</th></tr></thead>\n<tbody>\n");
        foreach (var r in rows)
        {
            html.Append("<tr><td class=\"text\"><span style=\"color:").Append(E(colors[r.Id])).Append("\">■</span> ")
                .Append(E(r.Id)).Append("</td><td class=\"text\">").Append(E(r.Strategy)).Append("</td><td class=\"text\">").Append(E(r.Target)).Append("</td>");
            Cell(html, OptionalPercent(r.MedianReturn), false);
            html.Append("<td>").Append(E(ReportFindings.SignedPercent(r.MeanReturn)));
            if (double.IsFinite(r.MeanReturnLow))
            {
                html.Append("<br><small>").Append(E(ReportFindings.SignedPercent(r.MeanReturnLow) + " to " + ReportFindings.SignedPercent(r.MeanReturnHigh))).Append("</small>");
            }

            html.Append("</td>");
            Cell(html, ReportFindings.SignedPercent(r.P5Return), false);
            Cell(html, ReportFindings.SignedPercent(r.P95Return), false);
            Cell(html, OptionalPercent(r.CertaintyEquivalent), false);
            Cell(html, ReportFindings.Percent(Math.Abs(r.MaxDrawdown)), Math.Abs(r.MaxDrawdown) == lowestDrawdown);
            Cell(html, ReportFindings.Percent(r.ProbLoss), r.ProbLoss == lowestLoss);
            Cell(html, r.Replications.ToString(CultureInfo.InvariantCulture), false);
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static string OptionalPercent(double fraction) => double.IsFinite(fraction) ? ReportFindings.SignedPercent(fraction) : "-";

    private static void Cell(StringBuilder html, string text, bool best) =>
        html.Append(best ? "<td class=\"best\">" : "<td>").Append(E(text)).Append("</td>");

    /// <summary>A relative, forward-slash link; never absolute, so the page works wherever the folder is copied.</summary>
    private static string RelativeLink(string fromDirectory, string target) =>
        Path.GetRelativePath(fromDirectory, target).Replace('\\', '/');

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
