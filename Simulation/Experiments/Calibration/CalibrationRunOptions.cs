using MarketSim.Experiments.Sweeps;

namespace MarketSim.Experiments.Calibration;

/// <summary>How to run a calibration.</summary>
/// <param name="Directory">Output folder (a shard writes into its shard-i-of-n folder under it).</param>
/// <param name="Parallel">Runs at once.</param>
/// <param name="Shard">Only this slice of the global design, or null for the whole calibration.</param>
/// <param name="Resume">Keep finished candidates found in the folder.</param>
/// <param name="Progress">Progress display.</param>
public sealed record CalibrationRunOptions(string Directory, int Parallel, ShardSpec? Shard, bool Resume, ISweepProgress Progress);
