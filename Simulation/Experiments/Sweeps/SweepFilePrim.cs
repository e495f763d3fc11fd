namespace MarketSim.Experiments.Sweeps;

/// <summary>The <c>prim</c> section: which design points count as "cases of interest".</summary>
/// <param name="Metric">Metric whose per-point mean is compared with the threshold.</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="Direction">below (mean &lt; threshold) or above (mean &gt; threshold).</param>
/// <param name="Density">Minimum density of the chosen box (default 0.8).</param>
internal sealed record SweepFilePrim(string Metric, double Threshold, string Direction = "below", double? Density = null);
