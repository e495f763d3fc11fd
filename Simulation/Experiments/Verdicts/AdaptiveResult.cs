namespace MarketSim.Experiments.Verdicts;

/// <summary>What <see cref="AdaptiveReplications.Run"/> ran and found.</summary>
/// <param name="Outcomes">Every investor's outcome of every replication run.</param>
/// <param name="Analysis">The analysis of all of them.</param>
/// <param name="Replications">Replications run.</param>
/// <param name="StoppedBecause">A <see cref="StopReason"/>.</param>
public sealed record AdaptiveResult(IReadOnlyList<InvestorOutcome> Outcomes, OutcomeAnalysisResult Analysis, int Replications, string StoppedBecause);
