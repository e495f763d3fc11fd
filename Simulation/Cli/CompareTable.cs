using Spectre.Console;

namespace MarketSim.Cli;

/// <summary>
/// The console view of <c>compare</c>: one column per scenario when that fits, otherwise one row per scenario
/// and investor, so a comparison of the whole library is never wrapped into unreadable cells.
/// </summary>
internal static class CompareTable
{
    private const string Title = "Mean final return (P(loss)) by investor and scenario";

    /// <summary>
    /// Writes the table. <paramref name="width"/> is the space available; by default the terminal's, and no limit
    /// when the output is redirected (a file or pipe is not wrapped).
    /// </summary>
    public static void Write(TextWriter output, IReadOnlyList<string> scenarios, IReadOnlyList<CompareRow> rows, int? width = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
        var available = width ?? (console.Profile.Out.IsTerminal ? console.Profile.Width : int.MaxValue);
        var investors = rows.Select(r => r.Id).Distinct().ToList();
        var cells = investors.Select(id => scenarios.Select(s => Cell(rows.FirstOrDefault(r => r.Scenario == s && r.Id == id))).ToList()).ToList();

        // A square-bordered table takes each column's widest text plus two spaces of padding, and one rule per border.
        var columns = new List<int> { investors.Append("investor").Max(id => id.Length) };
        columns.AddRange(scenarios.Select((s, i) => cells.Select(c => c[i].Length).Append(s.Length).Max()));
        var needed = columns.Sum(w => w + 2) + columns.Count + 1;
        if (needed <= available)
        {
            console.Profile.Width = Math.Max(console.Profile.Width, needed);
            console.Write(Wide(scenarios, investors, cells));
        }
        else
        {
            console.Profile.Width = Math.Min(console.Profile.Width, available);
            console.Write(Long(scenarios, investors, rows));
        }
    }

    private static Table Wide(IReadOnlyList<string> scenarios, List<string> investors, List<List<string>> cells)
    {
        var table = new Table().Title(Title);
        table.AddColumn("investor");
        foreach (var s in scenarios)
        {
            table.AddColumn(new TableColumn(Markup.Escape(s)).RightAligned());
        }

        for (var i = 0; i < investors.Count; i++)
        {
            table.AddRow(cells[i].Prepend(investors[i]).Select(Markup.Escape).ToArray());
        }

        return table;
    }

    private static Table Long(IReadOnlyList<string> scenarios, List<string> investors, IReadOnlyList<CompareRow> rows)
    {
        var table = new Table().Title(Title);
        table.AddColumn("scenario");
        table.AddColumn("investor");
        table.AddColumn(new TableColumn("mean (P(loss))").RightAligned());
        foreach (var s in scenarios)
        {
            foreach (var id in investors)
            {
                table.AddRow(Markup.Escape(s), Markup.Escape(id), Markup.Escape(Cell(rows.FirstOrDefault(r => r.Scenario == s && r.Id == id))));
            }

            table.AddEmptyRow();
        }

        return table;
    }

    private static string Cell(CompareRow? row) =>
        row is null ? "-" : $"{Percent(row.MeanReturn)} ({Percent(row.ProbLoss)})";

    private static string Percent(double value) => PercentText.Of(value);
}
