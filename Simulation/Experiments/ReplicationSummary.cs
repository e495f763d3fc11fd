using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace MarketSim.Experiments;

/// <summary>
/// A metric summarised across the replications of one design point: mean, sample standard
/// deviation (n - 1), the Student-t confidence interval of the mean,
/// mean +/- t_{(1+c)/2, n-1} s / sqrt(n), and quantiles by definition R7 (linear interpolation
/// between order statistics, Hyndman and Fan 1996; NumPy's and R's default).
/// With one replication the deviation and interval are NaN.
/// </summary>
/// <param name="Count">Number of replications n.</param>
/// <param name="Mean">Sample mean.</param>
/// <param name="StandardDeviation">Sample standard deviation (n - 1 denominator).</param>
/// <param name="Confidence">Confidence level of the interval.</param>
/// <param name="MeanLow">Lower bound of the t interval of the mean.</param>
/// <param name="MeanHigh">Upper bound of the t interval of the mean.</param>
/// <param name="Quantiles">Requested quantiles, in the order asked.</param>
public sealed record ReplicationSummary(int Count, double Mean, double StandardDeviation, double Confidence,
    double MeanLow, double MeanHigh, IReadOnlyList<QuantileValue> Quantiles)
{
    /// <summary>Quantile levels used when none are given: 5 %, 25 %, 50 %, 75 %, 95 %.</summary>
    public static readonly IReadOnlyList<double> DefaultProbabilities = [0.05, 0.25, 0.5, 0.75, 0.95];

    /// <summary>Summarises finite values (summed in the given order, for reproducibility).</summary>
    public static ReplicationSummary Compute(IReadOnlyList<double> values, double confidence = 0.95,
        IReadOnlyList<double>? probabilities = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            throw new ArgumentException("Cannot summarise zero replications.", nameof(values));
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie in (0, 1).");
        probabilities ??= DefaultProbabilities;
        var n = values.Count;
        var sum = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(values[i]))
                throw new ArgumentException($"Replication {i} is not a finite number ({values[i]}).", nameof(values));
            sum += values[i];
        }

        var mean = sum / n;
        var squares = 0.0;
        for (var i = 0; i < n; i++)
            squares += (values[i] - mean) * (values[i] - mean);
        var sd = n > 1 ? Math.Sqrt(squares / (n - 1)) : double.NaN;
        var halfWidth = n > 1
            ? StudentT.InvCDF(location: 0, scale: 1, freedom: n - 1, p: (1 + confidence) / 2) * sd / Math.Sqrt(n)
            : double.NaN;

        var sorted = values.ToArray();
        Array.Sort(sorted);
        var quantiles = new QuantileValue[probabilities.Count];
        for (var q = 0; q < quantiles.Length; q++)
        {
            var p = probabilities[q];
            if (!(p >= 0 && p <= 1))
                throw new ArgumentOutOfRangeException(nameof(probabilities), p, "Quantile levels must lie in [0, 1].");
            quantiles[q] = new QuantileValue(p, SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition.R7));
        }

        return new ReplicationSummary(n, mean, sd, confidence, mean - halfWidth, mean + halfWidth, quantiles);
    }
}
