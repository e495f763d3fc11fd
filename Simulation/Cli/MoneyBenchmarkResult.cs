namespace MarketSim.Cli;

/// <summary>One timing of the money model.</summary>
internal sealed record MoneyBenchmarkResult(
    int Agents,
    int Steps,
    ulong Seed,
    double Seconds,
    double AgentStepsPerSecond,
    double BytesPerStep,
    double Gini,
    long TotalWealth);
