using System.Globalization;
using System.Net;
using System.Text;

namespace MarketSim.Output;

/// <summary>
/// The report's opening section: the verdict of each pre-specified comparison (racetrack against every other
/// investor) with its interval and P(better), then the chart of final value multiples that shows why a mean misleads.
/// </summary>
internal static class VerdictSection
{
    public const string Css = """
        td.better { color: #1b6e2d; font-weight: bold; } td.worse { color: #a3261b; font-weight: bold; } td.undecided { color: #666; } table.verdict td { white-space: nowrap; }
        """;

    public static void Append(StringBuilder html, RunData run, ChartSet charts, Func<string, string> link)
    {
        html.Append("<section>\n<h2>Verdict: racetrack against each other investor</h2>\n");
        var rows = run.Verdicts;
        if (rows is null)
        {
            html.Append("<p>No verdicts: the run has no verdict.csv (written by runs before verdicts existed).</p>\n");
        }
        else if (rows.Count == 0)
        {
            html.Append("<p>No verdicts: the scenario has no racetrack investor, or nothing to compare it with.</p>\n");
        }
        else
        {
            html.Append("<table class=\"verdict\">\n<thead><tr><th class=\"text\">Investor</th><th class=\"text\">Versus</th><th class=\"text\">Verdict</th>")
                .Append("<th>Mean difference</th><th>95% interval</th><th>P(better)</th><th>Median difference</th><th>CE difference</th><th>Replications</th></tr></thead>\n<tbody>\n");
            foreach (var r in rows)
            {
                html.Append("<tr><td class=\"text\">").Append(E(r.Investor)).Append("</td><td class=\"text\">").Append(E(r.Versus))
                    .Append("</td><td class=\"text ").Append(E(r.Verdict)).Append("\">").Append(E(r.Verdict)).Append("</td>")
                    .Append("<td>").Append(E(Points(r.MeanDifference))).Append("</td>")
                    .Append("<td>").Append(E(Interval(r.MeanDifferenceLow, r.MeanDifferenceHigh))).Append("</td>")
                    .Append("<td>").Append(E(ReportFindings.Percent(r.ProbabilityBetter))).Append("</td>")
                    .Append("<td>").Append(E(Points(r.MedianDifference))).Append("</td>")
                    .Append("<td>").Append(E(Points(r.CertaintyEquivalentDifference))).Append("</td>")
                    .Append("<td>").Append(r.Replications.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
            }

            html.Append("</tbody>\n</table>\n<p class=\"note\">From verdict.csv. Differences are in final total return, investor minus versus, in percentage points, paired by replication (replication r is the same world for both). ")
                .Append("The interval is a 95% paired percentile bootstrap of the mean difference (2,000 resamples of whole replications, seeded); ")
                .Append("the verdict is better or worse only when it excludes zero, otherwise undecided at this many replications. ")
                .Append("P(better): share of replications in which the investor ends with more value per dollar. ")
                .Append("CE: certainty-equivalent return of putting a fraction of wealth into the strategy (docs/model.md).</p>\n");
        }

        var chart = charts.Charts.FirstOrDefault(c => c.Name == OutcomeDistributionChart.Name);
        if (chart is not null && File.Exists(chart.SvgPath))
        {
            html.Append("<figure id=\"").Append(E(chart.Name)).Append("\">\n")
                .Append(SvgInliner.Inline(File.ReadAllText(chart.SvgPath, CsvFormat.Utf8), "c-" + chart.Name))
                .Append("\n<figcaption>").Append(E(chart.Title)).Append(": a mean far above the box is carried by a few replications (<a href=\"")
                .Append(E(link(chart.PngPath))).Append("\">PNG</a>, <a href=\"")
                .Append(E(link(chart.SvgPath))).Append("\">SVG</a>)</figcaption>\n</figure>\n");
        }

        html.Append("</section>\n");
    }

    internal static string Points(double fraction) =>
        double.IsFinite(fraction) ? (fraction * 100).ToString("+#,0.0;−#,0.0;0.0", CultureInfo.InvariantCulture) + " pp" : "-";

    internal static string Interval(double low, double high) =>
        double.IsFinite(low) && double.IsFinite(high) ? Points(low) + " to " + Points(high) : "none (one replication)";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
