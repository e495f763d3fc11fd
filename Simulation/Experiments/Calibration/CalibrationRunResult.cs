namespace MarketSim.Experiments.Calibration;

/// <summary>What a calibration pass produced.</summary>
/// <param name="Directory">Where candidates.csv is.</param>
/// <param name="Rows">Every candidate this process holds, in candidate order.</param>
/// <param name="Resumed">Candidates found finished.</param>
/// <param name="Elapsed">Wall time of the pass.</param>
public sealed record CalibrationRunResult(string Directory, IReadOnlyList<CandidateRow> Rows, int Resumed, TimeSpan Elapsed);
