namespace MarketSim.Experiments.Sweeps;

/// <summary>The scenario-discovery question: a design point is a case of interest when its mean metric is below (or above) a threshold.</summary>
/// <param name="Metric">The metric (one of the sweep's).</param>
/// <param name="Threshold">The threshold.</param>
/// <param name="Below">True: cases have mean &lt; threshold; false: mean &gt; threshold.</param>
/// <param name="Density">Minimum density of the chosen box.</param>
public sealed record SweepPrim(SweepMetric Metric, double Threshold, bool Below, double Density)
{
    /// <summary>Whether a point's mean value is a case of interest.</summary>
    public bool IsCase(double mean) => Below ? mean < Threshold : mean > Threshold;

    /// <summary>"racetrack_advantage_best below 0" and the like.</summary>
    public string Question => $"{Metric.Name} {(Below ? "below" : "above")} {Threshold.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
}
