namespace MarketSim.Output;

/// <summary>One row of firms.csv: one firm in one tick of one replication. Money in USD bn per month.</summary>
public sealed record FirmRow
{
    /// <summary>Tick (0 = the scenario's start month).</summary>
    public int Tick { get; init; }

    /// <summary>Replication index.</summary>
    public int Replication { get; init; }

    /// <summary>Firm id, e.g. "openai".</summary>
    public string Id { get; init; } = "";

    /// <summary>"lab", "cloud" or "vendor".</summary>
    public string Kind { get; init; } = "";

    /// <summary>Revenue this month.</summary>
    public double Revenue { get; init; }

    /// <summary>Costs this month.</summary>
    public double Costs { get; init; }

    /// <summary>Profit this month.</summary>
    public double Profit { get; init; }

    /// <summary>Cash at the end of the month.</summary>
    public double Cash { get; init; }

    /// <summary>Equity valuation.</summary>
    public double Valuation { get; init; }

    /// <summary>Market share within its layer, in [0,1].</summary>
    public double MarketShare { get; init; }

    /// <summary>Capability index (GPT-5 = 1.0); labs only.</summary>
    public double Capability { get; init; }

    /// <summary>Price (per WU for labs, per CU for clouds, per unit for vendors).</summary>
    public double Price { get; init; }

    /// <summary>Capacity in million CU.</summary>
    public double Capacity { get; init; }

    /// <summary>AI capex this month (chips plus facilities), clouds only; NaN for labs and vendors.</summary>
    public double Capex { get; init; }

    /// <summary>Capacity utilisation, in [0,1].</summary>
    public double Utilisation { get; init; }

    /// <summary>Part of revenue that is the firm's own (or allies') investment coming back, in [0,1].</summary>
    public double RoundTripShare { get; init; }

    /// <summary>Whether the firm is still in business (written 1/0).</summary>
    public bool Alive { get; init; }
}
