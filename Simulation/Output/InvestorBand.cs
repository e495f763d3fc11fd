namespace MarketSim.Output;

/// <summary>An investor's value per tick: mean and 5th-95th percentile band across replications.</summary>
internal sealed record InvestorBand(string Id, string Strategy, double[] Mean, double[] P5, double[] P95);
