namespace MarketSim.Experiments.Sweeps;

/// <summary>What the analysis of a complete sweep wrote, and its headline.</summary>
/// <param name="Files">Tables and charts written, in order.</param>
/// <param name="Charts">What the charts are drawn from.</param>
/// <param name="Findings">One-line findings for the console.</param>
public sealed record SweepAnalysisResult(IReadOnlyList<string> Files, IReadOnlyList<string> Findings, SweepChartInputs Charts);
