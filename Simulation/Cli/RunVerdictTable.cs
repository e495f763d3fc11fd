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
        var table = new Table().Title(Markup.Escape($"Verdict at {replications.ToString(CultureInfo.InvariantCulture)} replications{stop}: difference in final return, percentage points, 95% paired-bootstrap interval"));
        foreach (var header in new[] { "comparison", "verdict", "mean", "low", "high", "P(better)" })
        {
            table.AddColumn(header is "comparison" or "verdict" ? new TableColumn(header) : new TableColumn(header).RightAligned());
        }

        foreach (var v in outcome.Verdicts)
        {
            table.AddRow(Markup.Escape($"{v.Investor} vs {v.Versus}"), v.VerdictText, Points(v.MeanDifference), Points(v.MeanDifferenceLow), Points(v.MeanDifferenceHigh),
                v.ProbabilityBetter.ToString("P0", CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static string Points(double fraction) => double.IsFinite(fraction) ? (fraction * 100).ToString("#,0", CultureInfo.InvariantCulture) : "-";
}
