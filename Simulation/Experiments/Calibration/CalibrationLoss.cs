using MarketSim.Experiments.Backtests;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Experiments.Calibration;

/// <summary>
/// The loss of a candidate (docs/calibration.md): simulated method of moments on logs,
/// sum over observations k of w_s(k) (ln median_r y_k^sim - ln y_k^obs)^2 / sigma_k^2, where a figure
/// that bounds the measure (<see cref="ObservationSeries.Bound"/>) counts only from its wrong side.
/// </summary>
public static class CalibrationLoss
{
    /// <summary>The default sigma in logs: 10% for a figure published without a range.</summary>
    public const double DefaultSigma = BacktestScoring.DefaultObservationSigma;

    /// <summary>The loss charged for an observation the model gives no value for in any replication (10 sigma off).</summary>
    public const double MissingPenalty = 100;

    /// <summary>sigma_k, the figure's own error in logs (<see cref="BacktestScoring.ObservationSigma"/>).</summary>
    public static double Sigma(BacktestTarget target) => BacktestScoring.ObservationSigma(target);

    /// <summary>
    /// The term of a log error (ln simulated - ln observed) in units of <paramref name="sigma"/>. A figure that
    /// holds more than the measure (an upper bound) says nothing against a measure below it, and a lower bound
    /// nothing against one above it, so those sides cost 0.
    /// </summary>
    public static double Charge(FigureBound bound, double logError, double sigma)
    {
        var counted = bound switch
        {
            FigureBound.Upper => Math.Max(0, logError),
            FigureBound.Lower => Math.Min(0, logError),
            _ => logError,
        };
        var z = counted / sigma;
        return z * z;
    }

    /// <summary>One observation's term, unweighted: ((ln median - ln observed) / sigma)^2 on the sides <paramref name="bound"/> counts.</summary>
    public static double Term(BacktestTarget target, IReadOnlyList<Trajectory> runs, FigureBound bound)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(runs);
        var sims = new List<double>(runs.Count);
        foreach (var run in runs)
        {
            var value = target.Measure(run);
            if (double.IsFinite(value))
                sims.Add(value);
        }

        if (sims.Count == 0)
            return MissingPenalty;
        var median = BacktestScoring.Quantile(sims, 0.5);
        var error = BacktestScoring.Log(target.Series.Positive(median)) - BacktestScoring.Log(target.Series.Positive(target.Observation.Value));
        return Charge(bound, error, Sigma(target));
    }
}
