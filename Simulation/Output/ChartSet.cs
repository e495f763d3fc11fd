namespace MarketSim.Output;

/// <summary>The charts written for a run (or an overlay), and those skipped with the reason.</summary>
/// <param name="Charts">Charts written, in reading order.</param>
/// <param name="Skipped">One sentence per chart not drawn, e.g. because investors.csv is absent.</param>
public sealed record ChartSet(IReadOnlyList<ChartFile> Charts, IReadOnlyList<string> Skipped);
