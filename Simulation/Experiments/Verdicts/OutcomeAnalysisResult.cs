namespace MarketSim.Experiments.Verdicts;

/// <summary>What <see cref="OutcomeAnalysis.Analyse"/> found.</summary>
/// <param name="Investors">Per investor, in the samples' order.</param>
/// <param name="Pairs">Per pre-specified pair: racetrack investors in order, each against every other investor in order.</param>
public sealed record OutcomeAnalysisResult(IReadOnlyList<InvestorStatistics> Investors, IReadOnlyList<PairVerdict> Pairs)
{
    /// <summary>The widest half-width of any pair's interval (0 with no pair; infinite when an interval is missing).</summary>
    public double WidestHalfWidth => Pairs.Count == 0 ? 0 : Pairs.Max(p => p.HalfWidth);
}
