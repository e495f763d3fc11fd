using MathNet.Numerics.Random;

namespace MarketSim.Experiments;

/// <summary>
/// Elementary-effects screening from a Morris design (<see cref="SweepDesign.Morris"/>).
/// For the step of trajectory t that moves parameter i from x to x', the effect scaled by the
/// parameter's range R_i = max - min of its support is
/// EE = (y(x') - y(x)) / ((x'_i - x_i) / R_i),
/// i.e. the output change per whole range. For uniform ranges this equals SALib's
/// (y' - y) / Delta; using the actual values keeps it right for non-uniform and integer
/// parameters. mu and sigma follow Morris (1991), mu* = mean |EE| follows Campolongo,
/// Cariboni and Saltelli (2007); the interval of mu* is a percentile bootstrap over the
/// parameter's effects. A step whose two values coincide (an integer or discrete parameter
/// whose levels collapse) has no defined effect and is skipped; a parameter with no effects
/// gets NaN.
/// </summary>
public static class MorrisAnalysis
{
    /// <summary>
    /// Computes mu*, its bootstrap interval, mu and sigma per parameter. Draws, per parameter in
    /// order, <paramref name="resamples"/> x (its effect count) indices from <paramref name="random"/>.
    /// </summary>
    public static MorrisResult Analyze(SweepDesign design, IReadOnlyList<double> outputs, RandomSource random,
        int resamples = 1000, double confidence = 0.95)
    {
        BootstrapInterval.RequireOutputs(design, outputs);
        ArgumentNullException.ThrowIfNull(random);
        BootstrapInterval.RequireSettings(resamples, confidence);
        var layout = design.MorrisLayout
            ?? throw new ArgumentException("Elementary effects need a Morris design.", nameof(design));
        var k = design.Space.Count;
        var effects = new List<double>[k];
        for (var i = 0; i < k; i++)
            effects[i] = new List<double>(layout.Trajectories);

        for (var t = 0; t < layout.Trajectories; t++)
        {
            var steps = layout.ChangedParameter[t];
            for (var s = 0; s < steps.Count; s++)
            {
                var i = steps[s];
                var before = layout.Index(t, s);
                var after = layout.Index(t, s + 1);
                var step = (design.Points[after][i] - design.Points[before][i]) / design.Space.Parameters[i].Distribution.Range;
                if (step != 0 && double.IsFinite(step))
                    effects[i].Add((outputs[after] - outputs[before]) / step);
            }
        }

        var indices = new MorrisIndices[k];
        for (var i = 0; i < k; i++)
            indices[i] = Summarise(design.Space.Parameters[i].Path, effects[i], random, resamples, confidence);
        return new MorrisResult(indices, layout.Trajectories, resamples, confidence);
    }

    private static MorrisIndices Summarise(string path, List<double> effects, RandomSource random, int resamples, double confidence)
    {
        var n = effects.Count;
        if (n == 0)
            return new MorrisIndices(path, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, 0);
        var sum = 0.0;
        var sumAbs = 0.0;
        foreach (var e in effects)
        {
            sum += e;
            sumAbs += Math.Abs(e);
        }

        var mu = sum / n;
        var muStar = sumAbs / n;
        var squares = 0.0;
        foreach (var e in effects)
            squares += (e - mu) * (e - mu);
        var sigma = n > 1 ? Math.Sqrt(squares / (n - 1)) : double.NaN;

        var replicates = new double[resamples];
        for (var b = 0; b < resamples; b++)
        {
            var total = 0.0;
            for (var j = 0; j < n; j++)
                total += Math.Abs(effects[random.Next(n)]);
            replicates[b] = total / n;
        }

        var (low, high) = BootstrapInterval.Percentile(replicates, confidence);
        return new MorrisIndices(path, muStar, (high - low) / 2, low, high, mu, sigma, n);
    }
}
