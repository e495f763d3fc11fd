namespace MarketSim.Experiments.Sweeps;

/// <summary>A sweep file as written (docs: <c>scenarios/sweep.schema.json</c>), bound after schema validation.</summary>
/// <param name="Name">Short identifier, used for the default output folder.</param>
/// <param name="Base">Base scenario, relative to the sweep file.</param>
/// <param name="Parameters">Swept parameters, in column order.</param>
/// <param name="Design">Sampling scheme and its sizes.</param>
/// <param name="Replications">Runs per design point, each with its own seed.</param>
/// <param name="Seed">Sweep seed: design draws and every run seed derive from it.</param>
/// <param name="Metrics">Metric names (see <see cref="SweepMetric"/>).</param>
/// <param name="Description">What the sweep asks.</param>
/// <param name="Set">Fixed overrides (<c>path=value</c>) applied to the base for every run.</param>
/// <param name="Ticks">Horizon override.</param>
/// <param name="Customers">Customer-count override (<c>customers.count</c>).</param>
/// <param name="Prim">Scenario-discovery question; default "racetrack_advantage_best below 0".</param>
internal sealed record SweepFile(
    string Name,
    string Base,
    IReadOnlyList<SweepFileParameter> Parameters,
    SweepFileDesign Design,
    int Replications,
    ulong Seed,
    IReadOnlyList<string> Metrics,
    string? Description = null,
    IReadOnlyList<string>? Set = null,
    int? Ticks = null,
    int? Customers = null,
    SweepFilePrim? Prim = null);
