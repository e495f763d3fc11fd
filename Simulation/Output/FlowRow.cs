namespace MarketSim.Output;

/// <summary>One row of flows.csv: ledger total from one account to another in one tick, by kind and money origin.</summary>
public sealed record FlowRow
{
    /// <summary>Tick (0 = the scenario's start month).</summary>
    public int Tick { get; init; }

    /// <summary>Replication index.</summary>
    public int Replication { get; init; }

    /// <summary>Paying account.</summary>
    public string From { get; init; } = "";

    /// <summary>Receiving account.</summary>
    public string To { get; init; } = "";

    /// <summary>Kind of payment (e.g. compute, capex, investment).</summary>
    public string Kind { get; init; } = "";

    /// <summary>Origin of the money (e.g. customer, investment:nvidia).</summary>
    public string Origin { get; init; } = "";

    /// <summary>Amount in USD bn.</summary>
    public double Amount { get; init; }
}
