namespace MarketSim.Experiments;

/// <summary>Morris measures for every parameter, in parameter order.</summary>
/// <param name="Indices">One row per parameter.</param>
/// <param name="Trajectories">r of the design.</param>
/// <param name="Resamples">Bootstrap resamples behind the mu* intervals.</param>
/// <param name="Confidence">Confidence level of the intervals.</param>
public sealed record MorrisResult(IReadOnlyList<MorrisIndices> Indices, int Trajectories, int Resamples, double Confidence);
