using System.Net;
using System.Text;

namespace MarketSim.Output.Backtests;

/// <summary>
/// The report page of a backtest or calibration: a heading, notes, tables and the fan charts (as PNG
/// links beside the page, so a page with dozens of charts stays small).
/// </summary>
public static class BacktestReport
{
    private const string Css = "body{font-family:'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}"
        + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:.3em .6em;text-align:right}"
        + "th:first-child,td:first-child{text-align:left}.note{color:#555;font-size:.9em}figure{margin:1.5em 0}img{max-width:100%}";

    /// <summary>Writes the page to <paramref name="path"/>; chart paths are linked relative to it.</summary>
    public static void Write(string path, string title, IReadOnlyList<string> notes, IReadOnlyList<ReportTable> tables, IReadOnlyList<ChartFile> charts)
    {
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(charts);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(title))
            .Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n<h1>").Append(E(title)).Append("</h1>\n");
        foreach (var note in notes)
            html.Append("<p>").Append(E(note)).Append("</p>\n");
        foreach (var table in tables)
        {
            html.Append("<section>\n<h2>").Append(E(table.Title)).Append("</h2>\n<table>\n<tr>");
            foreach (var column in table.Header)
                html.Append("<th>").Append(E(column)).Append("</th>");
            html.Append("</tr>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                foreach (var cell in row)
                    html.Append("<td>").Append(E(cell)).Append("</td>");
                html.Append("</tr>\n");
            }

            html.Append("</table>\n");
            if (table.Note.Length > 0)
                html.Append("<p class=\"note\">").Append(E(table.Note)).Append("</p>\n");
            html.Append("</section>\n");
        }

        if (charts.Count > 0)
        {
            html.Append("<section>\n<h2>Fan charts</h2>\n");
            foreach (var chart in charts)
            {
                var png = Path.GetRelativePath(folder, chart.PngPath).Replace('\\', '/');
                var svg = Path.GetRelativePath(folder, chart.SvgPath).Replace('\\', '/');
                html.Append("<figure><img src=\"").Append(E(png)).Append("\" alt=\"").Append(E(chart.Title)).Append("\"><figcaption>")
                    .Append(E(chart.Title)).Append(" (<a href=\"").Append(E(svg)).Append("\">SVG</a>)</figcaption></figure>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("</body>\n</html>\n");
        File.WriteAllText(path, html.ToString(), CsvFormat.Utf8);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
