namespace MarketSim.Output;

/// <summary>What <see cref="RunArtifacts.Write"/> produced.</summary>
/// <param name="Charts">The charts written (and skipped).</param>
/// <param name="ReportPath">Full path of report.html.</param>
public sealed record RunArtifactsResult(ChartSet Charts, string ReportPath);
