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
    bool Flows,
    double? Precision = null,
    int? MaxReplications = null)
{
    /// <summary>The stopping rule of --precision, or null for a fixed count.</summary>
    public Experiments.Verdicts.PrecisionTarget? Target => Precision is { } x
        ? new Experiments.Verdicts.PrecisionTarget(x, MaxReplications ?? Experiments.Verdicts.PrecisionTarget.DefaultMaxReplications)
        : null;
}
