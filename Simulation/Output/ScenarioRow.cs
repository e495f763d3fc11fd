namespace MarketSim.Output;

/// <summary>
/// A row of a per-run table (verdict.csv, defaults.csv) in <c>compare</c>'s table over several scenarios: the
/// scenario's name, then the row's own columns.
/// </summary>
public sealed record ScenarioRow<T>
    where T : class
{
    /// <summary>Scenario name.</summary>
    public string Scenario { get; init; } = "";

    /// <summary>The run's row.</summary>
    public required T Row { get; init; }
}
