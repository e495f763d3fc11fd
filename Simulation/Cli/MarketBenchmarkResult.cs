namespace MarketSim.Cli;

/// <summary>One timing of the market model.</summary>
internal sealed record MarketBenchmarkResult(int Customers, int Ticks, ulong Seed, double Seconds, double CustomerStepsPerSecond, double PeakMemoryMb);
