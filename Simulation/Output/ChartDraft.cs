using ScottPlot;

namespace MarketSim.Output;

/// <summary>A built but not yet saved chart.</summary>
internal sealed record ChartDraft(string Name, string Title, Plot Plot);
