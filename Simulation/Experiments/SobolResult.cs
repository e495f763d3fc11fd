namespace MarketSim.Experiments;

/// <summary>Sobol indices for every parameter, in parameter order.</summary>
/// <param name="Indices">One row per parameter.</param>
/// <param name="BaseSamples">N of the Saltelli design.</param>
/// <param name="Variance">Output variance over the A and B rows (the denominator of every index).</param>
/// <param name="Resamples">Bootstrap resamples behind the intervals.</param>
/// <param name="Confidence">Confidence level of the intervals.</param>
public sealed record SobolResult(IReadOnlyList<SobolIndices> Indices, int BaseSamples, double Variance, int Resamples, double Confidence);
