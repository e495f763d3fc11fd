namespace MarketSim.Output;

/// <summary>A row of the defaults of <c>compare</c>: a <see cref="DefaultsRow"/> of one scenario, with the scenario's name first.</summary>
public sealed record CompareDefaultsRow
{
    /// <summary>Scenario name.</summary>
    public string Scenario { get; init; } = "";

    /// <summary>Firm id.</summary>
    public string Id { get; init; } = "";

    /// <summary>lab, cloud or vendor.</summary>
    public string Kind { get; init; } = "";

    /// <summary>Replications in which the firm took part.</summary>
    public int Replications { get; init; }

    /// <summary>Replications in which it was dead at the last tick.</summary>
    public int Defaults { get; init; }

    /// <summary>Defaults over replications.</summary>
    public double DefaultShare { get; init; }

    /// <summary>Median tick of death over those replications (NaN when it never died).</summary>
    public double MedianDefaultTick { get; init; } = double.NaN;

    /// <summary>The scenario's row of <paramref name="row"/>.</summary>
    public static CompareDefaultsRow Of(string scenario, DefaultsRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new CompareDefaultsRow
        {
            Scenario = scenario,
            Id = row.Id,
            Kind = row.Kind,
            Replications = row.Replications,
            Defaults = row.Defaults,
            DefaultShare = row.DefaultShare,
            MedianDefaultTick = row.MedianDefaultTick,
        };
    }
}
