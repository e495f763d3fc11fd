namespace MarketSim.Cli;

/// <summary>One replication's first- and last-tick figures, for the console summary.</summary>
internal sealed record ReplicationFinal(
    double FirstLabRevenue,
    double FirstCloudRevenue,
    double FirstVendorRevenue,
    double LastLabRevenue,
    double LastCloudRevenue,
    double LastVendorRevenue,
    IReadOnlyList<(string Lab, double Share, bool Alive)> LabShares);
