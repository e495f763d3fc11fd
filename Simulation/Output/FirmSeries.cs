namespace MarketSim.Output;

/// <summary>A per-tick series of one firm (mean across replications).</summary>
internal sealed record FirmSeries(string Id, string Kind, double[] Values);
