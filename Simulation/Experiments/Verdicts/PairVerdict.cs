namespace MarketSim.Experiments.Verdicts;

/// <summary>
/// One pre-specified comparison: a racetrack investor against another investor, paired by replication (a row of
/// verdict.csv). Differences are in final return, as fractions (investor minus versus).
/// </summary>
/// <param name="Investor">The racetrack investor.</param>
/// <param name="Versus">The investor it is compared with.</param>
/// <param name="Replications">Paired replications.</param>
/// <param name="MeanDifference">mean_r (W^A_r - W^B_r).</param>
/// <param name="MeanDifferenceLow">Lower end of the paired-bootstrap interval of the mean difference.</param>
/// <param name="MeanDifferenceHigh">Upper end of that interval.</param>
/// <param name="MedianDifference">median(W^A) - median(W^B) (R7).</param>
/// <param name="ProbabilityBetter">Share of replications with W^A_r &gt; W^B_r (a tie is not better).</param>
/// <param name="CertaintyEquivalentDifference">CE(A) - CE(B).</param>
/// <param name="Verdict">Better or worse when the interval excludes zero, otherwise undecided.</param>
public sealed record PairVerdict(
    string Investor,
    string Versus,
    int Replications,
    double MeanDifference,
    double MeanDifferenceLow,
    double MeanDifferenceHigh,
    double MedianDifference,
    double ProbabilityBetter,
    double CertaintyEquivalentDifference,
    VerdictKind Verdict)
{
    /// <summary>Half the width of the interval of the mean difference (infinite when there is no interval).</summary>
    public double HalfWidth => double.IsFinite(MeanDifferenceLow) && double.IsFinite(MeanDifferenceHigh)
        ? (MeanDifferenceHigh - MeanDifferenceLow) / 2
        : double.PositiveInfinity;

    /// <summary>The verdict as written in verdict.csv: better, worse or undecided.</summary>
    public string VerdictText => Verdict switch
    {
        VerdictKind.Better => "better",
        VerdictKind.Worse => "worse",
        _ => "undecided",
    };

    /// <summary>The verdict an interval gives: decided only when it excludes zero.</summary>
    public static VerdictKind Decide(double low, double high) =>
        low > 0 ? VerdictKind.Better : high < 0 ? VerdictKind.Worse : VerdictKind.Undecided;
}
