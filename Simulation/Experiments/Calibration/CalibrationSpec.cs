using System.Text.Json.Nodes;
using MarketSim.Experiments.Backtests;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Experiments.Calibration;

/// <summary>A checked calibration: everything that determines its candidates.</summary>
/// <param name="Name">Identifier (default output folder).</param>
/// <param name="Description">What it fits.</param>
/// <param name="BasePath">The base scenario file (full path), which best.json extends.</param>
/// <param name="BaseScenario">The resolved base scenario after <c>set</c> and <c>customers</c>.</param>
/// <param name="Space">Fitted parameters in column order.</param>
/// <param name="Observations">The observation set.</param>
/// <param name="ObservationsText">The observation file's content (part of the plan hash).</param>
/// <param name="Until">Observations dated after it are never used.</param>
/// <param name="Weights">Weight per series (1 when absent).</param>
/// <param name="Replications">Runs per candidate, seeded alike for every candidate.</param>
/// <param name="Budget">Model runs in all.</param>
/// <param name="Seed">Calibration seed: design draws and the replications' seeds.</param>
/// <param name="Global">sobol or lhs.</param>
/// <param name="GlobalShare">Share of the budget spent on the global design.</param>
/// <param name="Refine">nelder-mead or none.</param>
/// <param name="Starts">Best global candidates a local search starts from.</param>
/// <param name="Accept">Share of the global candidates the ABC rejection sample keeps.</param>
/// <param name="FixedPaths">Paths of the fixed overrides (<c>set</c> and <c>customers</c>), which best.json repeats.</param>
/// <param name="Bounds">Per series, how its figures bound the measure where the file overrides the series' own <see cref="ObservationSeries.Bound"/>.</param>
public sealed record CalibrationSpec(
    string Name,
    string Description,
    string BasePath,
    JsonObject BaseScenario,
    ParameterSpace Space,
    ObservationSet Observations,
    string ObservationsText,
    DateOnly? Until,
    IReadOnlyDictionary<string, double> Weights,
    int Replications,
    int Budget,
    ulong Seed,
    string Global,
    double GlobalShare,
    string Refine,
    int Starts,
    double Accept,
    IReadOnlyList<string> FixedPaths,
    IReadOnlyDictionary<string, FigureBound> Bounds)
{
    /// <summary>Candidates in all (each costs <see cref="Replications"/> runs).</summary>
    public int CandidateCount => Math.Max(1, Budget / Replications);

    /// <summary>Candidates of the global design.</summary>
    public int GlobalCount => Refine == "none" ? CandidateCount : Math.Clamp((int)Math.Floor(CandidateCount * GlobalShare), 1, CandidateCount);

    /// <summary>The weight of <paramref name="series"/>.</summary>
    public double WeightOf(string series) => Weights.GetValueOrDefault(series, 1.0);

    /// <summary>How the figure of <paramref name="target"/> bounds its measure in the loss: the file's override for its series, else the target's own.</summary>
    public FigureBound BoundOf(BacktestTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Bounds.TryGetValue(target.Series.Name, out var bound) ? bound : target.Bound;
    }
}
