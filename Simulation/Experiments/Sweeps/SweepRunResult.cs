namespace MarketSim.Experiments.Sweeps;

/// <summary>What a sweep process did.</summary>
/// <param name="Directory">Where its runs.csv is.</param>
/// <param name="Total">Runs it is responsible for.</param>
/// <param name="Resumed">Runs found complete when it started.</param>
/// <param name="Completed">Runs complete when it stopped (including resumed ones).</param>
/// <param name="Interrupted">True when cancelled before the end.</param>
/// <param name="Elapsed">Wall time of the runs.</param>
public sealed record SweepRunResult(string Directory, long Total, long Resumed, long Completed, bool Interrupted, TimeSpan Elapsed);
