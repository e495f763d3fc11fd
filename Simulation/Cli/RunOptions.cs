namespace MarketSim.Cli;

/// <summary>Options of the <c>run</c> command.</summary>
internal sealed record RunOptions(
    ulong? Seed,
    int? Ticks,
    int? Replications,
    string? Out,
    bool Check,
    int Parallel,
    bool Quiet,
    bool Charts,
    bool Flows);
