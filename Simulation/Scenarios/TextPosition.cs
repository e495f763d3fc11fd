namespace MarketSim.Scenarios;

/// <summary>A 1-based line and column in a text file.</summary>
public readonly record struct TextPosition(int Line, int Column);
