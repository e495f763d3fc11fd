namespace MarketSim.Experiments;

/// <summary>First-order and total Sobol indices of one parameter with bootstrap percentile intervals (a <c>sensitivity.csv</c> row).</summary>
/// <param name="Parameter">Parameter path.</param>
/// <param name="S1">First-order index (Saltelli et al. 2010).</param>
/// <param name="S1Low">Lower confidence bound of S1.</param>
/// <param name="S1High">Upper confidence bound of S1.</param>
/// <param name="ST">Total-effect index (Jansen 1999).</param>
/// <param name="STLow">Lower confidence bound of ST.</param>
/// <param name="STHigh">Upper confidence bound of ST.</param>
public sealed record SobolIndices(string Parameter, double S1, double S1Low, double S1High, double ST, double STLow, double STHigh);
