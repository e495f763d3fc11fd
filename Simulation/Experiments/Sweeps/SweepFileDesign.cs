namespace MarketSim.Experiments.Sweeps;

/// <summary>The <c>design</c> section of a sweep file.</summary>
/// <param name="Kind">grid, lhs, sobol or morris.</param>
/// <param name="Samples">lhs: points; sobol: base samples N (N (k + 2) points).</param>
/// <param name="Levels">grid: levels per range (default 5); morris: grid levels p (default 4, even).</param>
/// <param name="Trajectories">morris: trajectories r (r (k + 1) points).</param>
internal sealed record SweepFileDesign(string Kind, int? Samples = null, int? Levels = null, int? Trajectories = null);
