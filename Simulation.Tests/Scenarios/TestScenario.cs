namespace MarketSim.Tests.Scenarios;

/// <summary>A tiny stand-in for the real scenario records, to test binding and semantic checks.</summary>
public sealed record TestScenario(string Name, int Ticks, IReadOnlyList<TestLab> Labs);

public sealed record TestLab(string Id, double Markup, double Share, TestLabKind Kind, string? Partner = null);

public enum TestLabKind
{
    OpenWeights,
    Closed,
}
