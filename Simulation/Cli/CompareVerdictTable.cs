using Spectre.Console;

namespace MarketSim.Cli;

/// <summary>
/// The verdicts of <c>compare</c> on the console: one row per racetrack investor and versus, one column per scenario
/// when that fits (otherwise one row per scenario and pair), each cell the verdict with P(better).
/// </summary>
internal static class CompareVerdictTable
{
    private const string Title = "Verdict of the racetrack against each investor (P(better)), by scenario";

    public static void Write(TextWriter output, IReadOnlyList<string> scenarios, IReadOnlyList<Output.ScenarioRow<Output.VerdictRow>> rows, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
        if (rows.Count == 0)
        {
            output.WriteLine("No verdicts: no scenario has a racetrack investor and another investor to compare it with.");
            return;
        }

        var available = width ?? (console.Profile.Out.IsTerminal ? console.Profile.Width : int.MaxValue);
        var pairs = rows.Select(r => (r.Row.Investor, r.Row.Versus)).Distinct().ToList();
        var cells = pairs.Select(p => scenarios.Select(s => Cell(rows.FirstOrDefault(r => r.Scenario == s && r.Row.Investor == p.Investor && r.Row.Versus == p.Versus))).ToList()).ToList();
        var labels = pairs.Select(p => p.Investor + " vs " + p.Versus).ToList();
        var columns = new List<int> { labels.Append("comparison").Max(l => l.Length) };
        columns.AddRange(scenarios.Select((s, i) => cells.Select(c => c[i].Length).Append(s.Length).Max()));
        var needed = columns.Sum(w => w + 2) + columns.Count + 1;
        Table table;
        if (needed <= available)
        {
            console.Profile.Width = Math.Max(console.Profile.Width, needed);
            table = new Table().Title(Title);
            table.AddColumn("comparison");
            foreach (var s in scenarios)
                table.AddColumn(new TableColumn(Markup.Escape(s)).RightAligned());
            for (var i = 0; i < pairs.Count; i++)
                table.AddRow(cells[i].Prepend(labels[i]).Select(Markup.Escape).ToArray());
        }
        else
        {
            console.Profile.Width = Math.Min(console.Profile.Width, available);
            table = new Table().Title(Title);
            table.AddColumn("scenario");
            table.AddColumn("comparison");
            table.AddColumn(new TableColumn("verdict (P(better))").RightAligned());
            table.AddColumn(new TableColumn("mean difference, 95% interval").RightAligned());
            foreach (var s in scenarios)
            {
                foreach (var r in rows.Where(r => r.Scenario == s))
                {
                    table.AddRow(Markup.Escape(s), Markup.Escape(r.Row.Investor + " vs " + r.Row.Versus), Markup.Escape(Cell(r)),
                        Markup.Escape(VerdictRows.Points(r.Row.MeanDifference) + " [" + VerdictRows.Points(r.Row.MeanDifferenceLow) + ", " + VerdictRows.Points(r.Row.MeanDifferenceHigh) + "]"));
                }

                table.AddEmptyRow();
            }
        }

        console.Write(table);
        var replications = rows.Select(r => r.Row.Replications).Distinct().Order().ToList();
        output.WriteLine(replications.Count == 1
            ? $"At {replications[0]} replications per scenario; better/worse only when the 95% paired-bootstrap interval of the mean difference excludes zero."
            : $"At {replications[0]}-{replications[^1]} replications per scenario; better/worse only when the 95% paired-bootstrap interval of the mean difference excludes zero.");
    }

    private static string Cell(Output.ScenarioRow<Output.VerdictRow>? row) =>
        row is null ? "-" : $"{row.Row.Verdict} ({row.Row.ProbabilityBetter.ToString("P0", System.Globalization.CultureInfo.InvariantCulture)})";
}
