using MathNet.Numerics.Statistics;

namespace MarketSim.Experiments;

/// <summary>Percentile bootstrap intervals (Efron and Tibshirani 1993, ch. 13).</summary>
internal static class BootstrapInterval
{
    /// <summary>
    /// The (1 - c)/2 and (1 + c)/2 quantiles of the bootstrap replicates, by definition R7.
    /// NaN replicates (an undefined index on a degenerate resample) are left out.
    /// </summary>
    internal static (double Low, double High) Percentile(double[] replicates, double confidence)
    {
        var finite = replicates.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
            return (double.NaN, double.NaN);
        Array.Sort(finite);
        var tail = (1 - confidence) / 2;
        return (SortedArrayStatistics.QuantileCustom(finite, tail, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(finite, 1 - tail, QuantileDefinition.R7));
    }

    internal static void RequireSettings(int resamples, double confidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resamples);
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie in (0, 1).");
    }

    internal static void RequireOutputs(SweepDesign design, IReadOnlyList<double> outputs)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(outputs);
        if (outputs.Count != design.Count)
            throw new ArgumentException($"Expected {design.Count} outputs (one per design point), got {outputs.Count}.", nameof(outputs));
        for (var i = 0; i < outputs.Count; i++)
        {
            if (!double.IsFinite(outputs[i]))
                throw new ArgumentException($"Output {i} is not a finite number ({outputs[i]}).", nameof(outputs));
        }
    }
}
