namespace MarketSim.Output;

/// <summary>
/// One row of defaults.csv: in how many replications a firm ended the run dead (defaulted under finance, or a lab
/// that exited), and when.
/// </summary>
public sealed record DefaultsRow
{
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

    /// <summary>Median over those replications of the tick at which it died (NaN when it never did).</summary>
    public double MedianDefaultTick { get; init; } = double.NaN;
}
