namespace MarketSim.Experiments;

/// <summary>One swept parameter: a scenario path (as for <c>--set</c>, e.g. <c>labs[id=openai].markup</c>) and its distribution.</summary>
/// <param name="Path">Scenario path the value is written to.</param>
/// <param name="Distribution">Values or range the design draws from.</param>
public sealed record SweepParameter(string Path, ParameterDistribution Distribution)
{
    /// <summary>The path, checked to be non-blank.</summary>
    public string Path { get; } = string.IsNullOrWhiteSpace(Path)
        ? throw new ArgumentException("A swept parameter needs a path.", nameof(Path))
        : Path;

    /// <summary>The distribution, checked to be non-null.</summary>
    public ParameterDistribution Distribution { get; } = Distribution ?? throw new ArgumentNullException(nameof(Distribution));
}
