namespace MarketSim.Output;

/// <summary>One row of investors.csv: one investor in one tick of one replication.</summary>
public sealed record InvestorRow
{
    /// <summary>Tick (0 = the scenario's start month).</summary>
    public int Tick { get; init; }

    /// <summary>Replication index.</summary>
    public int Replication { get; init; }

    /// <summary>Investor id.</summary>
    public string Id { get; init; } = "";

    /// <summary>Strategy name, e.g. "racetrack" or "single-lab".</summary>
    public string Strategy { get; init; } = "";

    /// <summary>Portfolio value, USD million (the unit capital is quoted in; every investor starts at its capital).</summary>
    public double Value { get; init; }

    /// <summary>Total return to date (0.25 = +25%).</summary>
    public double Return { get; init; }
}
