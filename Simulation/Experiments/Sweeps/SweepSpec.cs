using System.Text.Json.Nodes;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// A checked sweep: everything that determines its runs. Built from a sweep file by
/// <see cref="SweepLoader"/> or read back from a <c>plan.json</c> (for <c>merge</c>).
/// </summary>
/// <param name="Name">Sweep name.</param>
/// <param name="Description">What it asks.</param>
/// <param name="BaseScenario">The resolved base scenario after <c>set</c>, <c>ticks</c> and <c>customers</c> (no <c>$schema</c> or <c>extends</c>).</param>
/// <param name="Space">Swept parameters in column order.</param>
/// <param name="DesignKind">Sampling scheme.</param>
/// <param name="Samples">lhs points or sobol base samples (0 when unused).</param>
/// <param name="Levels">grid levels per range or morris levels (0 when unused).</param>
/// <param name="Trajectories">morris trajectories (0 when unused).</param>
/// <param name="Replications">Runs per point.</param>
/// <param name="Seed">Sweep seed.</param>
/// <param name="Metrics">Metrics in column order.</param>
/// <param name="Prim">Scenario-discovery question, or null when its metric is not recorded.</param>
public sealed record SweepSpec(
    string Name,
    string Description,
    JsonObject BaseScenario,
    ParameterSpace Space,
    SweepDesignKind DesignKind,
    int Samples,
    int Levels,
    int Trajectories,
    int Replications,
    ulong Seed,
    IReadOnlyList<SweepMetric> Metrics,
    SweepPrim? Prim)
{
    /// <summary>CSV column of each parameter (snake_case of its path).</summary>
    public IReadOnlyList<string> ParameterColumns => Space.Parameters.Select(p => SweepColumns.SnakeCase(p.Path)).ToArray();

    /// <summary>Builds the design (deterministic: the draws come from a stream of <see cref="Seed"/>).</summary>
    /// <exception cref="ArgumentException">The design settings do not fit the parameters.</exception>
    public SweepDesign BuildDesign()
    {
        var random = SweepSeeds.DesignRandom(Seed);
        return DesignKind switch
        {
            SweepDesignKind.Grid => SweepDesign.Grid(Space, Levels),
            SweepDesignKind.LatinHypercube => SweepDesign.LatinHypercube(Space, Samples, random),
            SweepDesignKind.Sobol => SweepDesign.Sobol(Space, Samples, random),
            _ => SweepDesign.Morris(Space, Trajectories, Levels, random),
        };
    }
}
