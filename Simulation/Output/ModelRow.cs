namespace MarketSim.Output;

/// <summary>One row of model.csv: market totals for one tick of one replication. Money in USD bn per month.</summary>
public sealed record ModelRow
{
    /// <summary>Tick (0 = the scenario's start month).</summary>
    public int Tick { get; init; }

    /// <summary>Replication index.</summary>
    public int Replication { get; init; }

    /// <summary>Calendar month, "yyyy-MM".</summary>
    public string Month { get; init; } = "";

    /// <summary>Customers who have adopted.</summary>
    public double AdoptedCustomers { get; init; }

    /// <summary>End-customer spend.</summary>
    public double CustomerSpend { get; init; }

    /// <summary>Revenue of all labs.</summary>
    public double LabRevenue { get; init; }

    /// <summary>Clouds' revenue from hosting open-weights models for customers.</summary>
    public double HostingRevenue { get; init; }

    /// <summary>Revenue of all clouds.</summary>
    public double CloudRevenue { get; init; }

    /// <summary>Revenue of all accelerator vendors.</summary>
    public double VendorRevenue { get; init; }

    /// <summary>Clouds' accelerator spend.</summary>
    public double AiCapex { get; init; }

    /// <summary>Part of end-customer spend ending as cloud and vendor revenue, in [0,1].</summary>
    public double TollShare { get; init; }

    /// <summary>Part of all revenue whose origin is the payee's own (or allies') investment, in [0,1].</summary>
    public double RoundTripShare { get; init; }

    /// <summary>Market sentiment (1 = neutral).</summary>
    public double Sentiment { get; init; }

    /// <summary>AI capex minus end-customer revenue.</summary>
    public double CapexRevenueGap { get; init; }

    /// <summary>Herfindahl-Hirschman index of lab shares.</summary>
    public double Hhi { get; init; }

    /// <summary>Labs still alive.</summary>
    public int LabsAlive { get; init; }
}
