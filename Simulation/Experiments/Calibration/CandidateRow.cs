namespace MarketSim.Experiments.Calibration;

/// <summary>One row of candidates.csv: a parameter vector, its total loss and its loss per series.</summary>
/// <param name="Index">Candidate number: the global design first, then the local refinement in evaluation order.</param>
/// <param name="Phase"><c>global</c> or <c>refine</c>.</param>
/// <param name="Values">Parameter values in column order.</param>
/// <param name="Loss">Total loss.</param>
/// <param name="SeriesLoss">Loss per series, in the plan's series order.</param>
public sealed record CandidateRow(int Index, string Phase, IReadOnlyList<double> Values, double Loss, IReadOnlyList<double> SeriesLoss);
