using System.Globalization;
using MarketSim.Experiments.Verdicts;
using MarketSim.Output;

namespace MarketSim.Cli;

/// <summary>Verdicts from the analysis to verdict.csv rows, and their console wording.</summary>
internal static class VerdictRows
{
    public static VerdictRow Of(PairVerdict p) => new()
    {
        Investor = p.Investor,
        Versus = p.Versus,
        Replications = p.Replications,
        MeanDifference = p.MeanDifference,
        MeanDifferenceLow = p.MeanDifferenceLow,
        MeanDifferenceHigh = p.MeanDifferenceHigh,
        MedianDifference = p.MedianDifference,
        ProbabilityBetter = p.ProbabilityBetter,
        CertaintyEquivalentDifference = p.CertaintyEquivalentDifference,
        Verdict = p.VerdictText,
    };

    /// <summary>A difference in return as percentage points, e.g. "12.3 pp"; "-" when there is none.</summary>
    public static string Points(double fraction) =>
        double.IsFinite(fraction) ? (fraction * 100).ToString("#,0.0", CultureInfo.InvariantCulture) + " pp" : "-";
}
