namespace MarketSim.Output;

/// <summary>One row of parameters.csv: the value replication <see cref="Replication"/> drew for one uncertain parameter (docs/model.md 3.3.17).</summary>
public sealed record ParameterDrawRow
{
    /// <summary>Replication index.</summary>
    public int Replication { get; init; }

    /// <summary>Scenario path of the parameter, as in the scenario's uncertainty section.</summary>
    public string Path { get; init; } = "";

    /// <summary>The value the replication ran with.</summary>
    public double Value { get; init; }
}
