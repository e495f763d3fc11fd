namespace MarketSim.Scenarios;

/// <summary>Where a value came from: a file (or "--set") and, when known, its 1-based line and column.</summary>
public sealed record SourceLocation(string File, int? Line, int? Column);
