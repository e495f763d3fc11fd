using System.Globalization;
using Spectre.Console;

namespace MarketSim.Cli;

/// <summary>The short console summary of a run: revenue by layer, final lab shares, strategies, defaults, where the files are.</summary>
internal static class RunSummary
{
    public static void Print(TextWriter output, RunOutcome outcome)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
        var f = outcome.Finals;
        var revenue = new Table().Title($"Monthly revenue, USD billion (mean of {f.Count} replication(s))");
        revenue.AddColumn("layer").AddColumn(new TableColumn("first month").RightAligned()).AddColumn(new TableColumn("last month").RightAligned());
        revenue.AddRow("labs", N(f.Average(x => x.FirstLabRevenue)), N(f.Average(x => x.LastLabRevenue)));
        revenue.AddRow("clouds", N(f.Average(x => x.FirstCloudRevenue)), N(f.Average(x => x.LastCloudRevenue)));
        revenue.AddRow("vendors", N(f.Average(x => x.FirstVendorRevenue)), N(f.Average(x => x.LastVendorRevenue)));
        console.Write(revenue);

        var shares = new Table().Title("Final lab market shares, share of adopters (mean)");
        shares.AddColumn("lab").AddColumn(new TableColumn("share").RightAligned()).AddColumn(new TableColumn("alive in").RightAligned());
        var labs = f[0].LabShares.Select(s => s.Lab).ToList();
        foreach (var lab in labs)
        {
            var share = f.Average(x => x.LabShares.First(s => s.Lab == lab).Share);
            var alive = f.Count(x => x.LabShares.First(s => s.Lab == lab).Alive);
            shares.AddRow(lab, share.ToString("P1", CultureInfo.InvariantCulture), $"{alive}/{f.Count}");
        }

        console.Write(shares);
        if (outcome.Strategies.Count > 0)
        {
            var strategies = new Table().Title("Investors: final return");
            foreach (var header in new[] { "investor", "strategy", "median", "mean", "p5", "p95", "P(loss)" })
            {
                strategies.AddColumn(header == "investor" || header == "strategy" ? new TableColumn(header) : new TableColumn(header).RightAligned());
            }

            foreach (var s in outcome.Strategies)
            {
                strategies.AddRow(s.Id, s.Strategy, double.IsFinite(s.MedianReturn) ? P(s.MedianReturn) : "-", P(s.MeanReturn), P(s.P5Return), P(s.P95Return), P(s.ProbLoss));
            }

            console.Write(strategies);
        }

        var dead = outcome.Defaults.Where(d => d.Defaults > 0).OrderByDescending(d => d.Defaults).ToList();
        if (dead.Count > 0)
        {
            var defaults = new Table().Title($"Firms dead at the end (defaulted or exited), of {f.Count} replication(s)");
            defaults.AddColumn("firm").AddColumn("kind").AddColumn(new TableColumn("replications").RightAligned()).AddColumn(new TableColumn("median tick").RightAligned());
            foreach (var d in dead)
            {
                defaults.AddRow(d.Id, d.Kind, d.Defaults.ToString(CultureInfo.InvariantCulture), d.MedianDefaultTick.ToString("0.#", CultureInfo.InvariantCulture));
            }

            console.Write(defaults);
        }

        RunVerdictTable.Write(console, outcome);
        output.WriteLine($"Run folder: {outcome.Folder}");
        var report = Path.Combine(outcome.Folder, "report.html");
        if (File.Exists(report))
        {
            output.WriteLine($"Charts: {Path.Combine(outcome.Folder, "charts")}  Report: {report}");
        }
    }

    private static string N(double value) => value.ToString("N2", CultureInfo.InvariantCulture);

    private static string P(double value) => PercentText.Of(value);
}
