namespace MarketSim.Cli;

/// <summary>
/// The ranges of the run options that override a scenario's fields, the same as the scenario schema's
/// (docs/scenario-format.md, Ranges): an option must not let a run past what a file may ask for.
/// </summary>
internal static class RunLimits
{
    /// <summary>Most months a run may simulate (<c>ticks</c> in the schema).</summary>
    public const int MaxTicks = 1200;

    /// <summary>Most replications of one run (<c>replications</c> in the schema).</summary>
    public const int MaxReplications = 100_000;
}
