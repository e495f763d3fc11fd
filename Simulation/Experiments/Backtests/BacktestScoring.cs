using MarketSim.Scenarios.Observations;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.RootFinding;
using MathNet.Numerics.Statistics;

namespace MarketSim.Experiments.Backtests;

/// <summary>
/// The scores of a backtest (docs/calibration.md): R7 percentiles of the simulated values, the
/// Gneiting-Raftery interval score of the 90% interval in logs, and the naive log-linear trend.
/// </summary>
public static class BacktestScoring
{
    /// <summary>Nominal miss rate of the 5-95% interval.</summary>
    public const double Alpha = 0.1;

    /// <summary>
    /// The smallest value a logarithm is taken of: a simulated zero (a lab that has exited) scores as if it were
    /// USD 1 (1e-9 bn) instead of minus infinity.
    /// </summary>
    public const double LogFloor = 1e-9;

    /// <summary>The error in logs of a figure published without a range: 10% (the calibration loss's sigma too).</summary>
    public const double DefaultObservationSigma = 0.10;

    /// <summary>
    /// sigma_k, a published figure's own error in logs: half the log width of its range when it has both ends, never
    /// below <see cref="DefaultObservationSigma"/> (a tight guidance range is not a tighter measurement); else the default.
    /// </summary>
    public static double ObservationSigma(BacktestTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var o = target.Observation;
        if (o.Low is { } low && o.High is { } high && low > 0)
        {
            var half = 0.5 * (Log(target.Series.Positive(high)) - Log(target.Series.Positive(low)));
            return Math.Max(DefaultObservationSigma, half);
        }

        return DefaultObservationSigma;
    }

    /// <summary>
    /// The central 1 - <see cref="Alpha"/> band, in logs, of what the figure would read if the model were right: the
    /// replications' values (<paramref name="logValues"/>, in logs) each blurred by the figure's error N(0, sigma^2),
    /// i.e. the 5% and 95% quantiles of that normal mixture (ensemble verification against noisy observations adds the
    /// observation error to the ensemble: Hamill 2001, Mon. Wea. Rev. 129).
    /// </summary>
    public static (double Low, double High) PredictiveBand(IReadOnlyList<double> logValues, double sigma)
    {
        ArgumentNullException.ThrowIfNull(logValues);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sigma);
        if (logValues.Count == 0)
            return (double.NaN, double.NaN);
        double Cdf(double x)
        {
            var sum = 0.0;
            foreach (var v in logValues)
                sum += Normal.CDF(v, sigma, x);
            return sum / logValues.Count;
        }

        // Every quantile of the mixture lies within 8 sigma of the replications' range.
        var lower = logValues.Min() - (8 * sigma);
        var upper = logValues.Max() + (8 * sigma);
        return (Brent.FindRoot(x => Cdf(x) - (Alpha / 2), lower, upper, 1e-10), Brent.FindRoot(x => Cdf(x) - (1 - (Alpha / 2)), lower, upper, 1e-10));
    }

    /// <summary>Percentile <paramref name="p"/> of <paramref name="sample"/>, definition R7 (NumPy's default).</summary>
    public static double Quantile(IReadOnlyList<double> sample, double p)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (sample.Count == 0)
            return double.NaN;
        return Statistics.QuantileCustom(sample.ToArray(), p, QuantileDefinition.R7);
    }

    /// <summary>ln of <paramref name="value"/>, floored at <see cref="LogFloor"/>.</summary>
    public static double Log(double value) => Math.Log(Math.Max(value, LogFloor));

    /// <summary>
    /// The interval score of the central (1 - alpha) interval [l, u] for outcome y, in logs:
    /// (ln u - ln l) + (2/alpha)(ln l - ln y)+ + (2/alpha)(ln y - ln u)+ (Gneiting and Raftery 2007, eq. 43).
    /// Lower is better; a perfect point forecast scores 0.
    /// </summary>
    public static double IntervalScore(double lower, double upper, double observed)
    {
        var l = Log(lower);
        var u = Log(upper);
        var y = Log(observed);
        return (u - l) + ((2 / Alpha) * Math.Max(l - y, 0)) + ((2 / Alpha) * Math.Max(y - u, 0));
    }

    /// <summary>
    /// Whether the 5-95% band [<paramref name="p5"/>, <paramref name="p95"/>] is consistent with a figure of kind
    /// <paramref name="bound"/>: inside it for a point; for an upper bound (the figure holds more than the measure)
    /// some of the band at or below it, for a lower bound some of it at or above it.
    /// </summary>
    public static bool Respects(FigureBound bound, double p5, double p95, double observed) => bound switch
    {
        FigureBound.Upper => p5 <= observed,
        FigureBound.Lower => p95 >= observed,
        _ => p5 <= observed && observed <= p95,
    };

    /// <summary>The name of <paramref name="bound"/> in the output tables: point, upper or lower.</summary>
    public static string BoundName(FigureBound bound) => bound switch
    {
        FigureBound.Upper => "upper",
        FigureBound.Lower => "lower",
        _ => "point",
    };

    /// <summary>
    /// The naive benchmark: ordinary least squares of ln y on time over <paramref name="points"/>, or null with
    /// fewer than two distinct times (a ruler needs two points).
    /// </summary>
    public static NaiveTrend? FitTrend(IReadOnlyList<(double Time, double Value)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var usable = points.Where(p => p.Value > 0 && double.IsFinite(p.Value)).ToArray();
        if (usable.Select(p => p.Time).Distinct().Count() < 2)
            return null;
        var xs = usable.Select(p => p.Time).ToArray();
        var ys = usable.Select(p => Math.Log(p.Value)).ToArray();
        var (intercept, slope) = MathNet.Numerics.Fit.Line(xs, ys);
        return new NaiveTrend(intercept, slope, usable.Length);
    }
}
