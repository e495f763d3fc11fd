using System.Globalization;
using Spectre.Console;

namespace MarketSim.Cli;

/// <summary>The verdict table of a run on the console: the answer, last, so it sits just above the prompt.</summary>
internal static class RunVerdictTable
{
    public static void Write(IAnsiConsole console, RunOutcome outcome)
    {
        if (outcome.Verdicts.Count == 0)
        {
            return;
        }

        var replications = outcome.Verdicts[0].Replications;
        var stop = outcome.StoppedBecause == Experiments.Verdicts.StopReason.Fixed ? "" : $", stopped: {outcome.StoppedBecause}";
        var table = new Table().Title(Markup.Escape($"Verdict at {replications.ToString(CultureInfo.InvariantCulture)} replications{stop} (difference in final return, 95% paired-bootstrap interval)"));
        foreach (var header in new[] { "investor", "versus", "verdict", "mean difference", "95% interval", "P(better)" })
        {
            table.AddColumn(header is "investor" or "versus" or "verdict" ? new TableColumn(header) : new TableColumn(header).RightAligned());
        }

        foreach (var v in outcome.Verdicts)
        {
            table.AddRow(Markup.Escape(v.Investor), Markup.Escape(v.Versus), v.VerdictText, VerdictRows.Points(v.MeanDifference),
                Markup.Escape(double.IsFinite(v.MeanDifferenceLow) ? $"{VerdictRows.Points(v.MeanDifferenceLow)} to {VerdictRows.Points(v.MeanDifferenceHigh)}" : "-"),
                v.ProbabilityBetter.ToString("P0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }
}
