namespace MarketSim.Experiments.Sweeps;

/// <summary>What the sweep charts are drawn from (the drawing itself belongs to the presentation layer).</summary>
/// <param name="Means">Per metric, the mean across replications at each design point.</param>
/// <param name="Sensitivity">Sensitivity measures of the first analysable metric.</param>
/// <param name="SensitivityMetric">That metric's name, if any.</param>
/// <param name="Advantages">The racetrack advantage of every run, if the sweep measures it.</param>
/// <param name="Prim">The PRIM result, if the sweep asks its question.</param>
/// <param name="AdvantageVersus">What the advantage compares the racetrack with, in words.</param>
public sealed record SweepChartInputs(
    IReadOnlyList<double[]> Means,
    IReadOnlyList<SensitivityEntry> Sensitivity,
    string? SensitivityMetric,
    IReadOnlyList<double> Advantages,
    PrimResult? Prim,
    string AdvantageVersus = SweepChartInputs.HindsightBest)
{
    /// <summary>The words for the after-the-fact comparison.</summary>
    public const string HindsightBest = "the best single-lab bet of each run, chosen after the fact";
}
