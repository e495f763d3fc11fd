using MathNet.Numerics.Random;

namespace MarketSim.Experiments;

/// <summary>
/// Variance-based sensitivity from a Saltelli design (<see cref="SweepDesign.Sobol"/>).
/// With f_A, f_B, f_ABi the outputs of rows A_j, B_j, AB_j^(i) and V the variance of the 2N
/// outputs of A and B:
/// <list type="bullet">
/// <item>first order, Saltelli et al. (2010, Comput. Phys. Commun. 181, table 2 (b)):
/// S1_i = (1/N) sum_j f_B(f_ABi - f_A) / V;</item>
/// <item>total effect, Jansen (1999, Comput. Phys. Commun. 117; Saltelli 2010 table 2 (f)):
/// ST_i = (1/2N) sum_j (f_A - f_ABi)^2 / V.</item>
/// </list>
/// These are SALib's <c>sobol.analyze</c> estimators. Intervals are percentile bootstraps over
/// the N base rows (each resample keeps blocks A_j, AB_j, B_j together). Outputs are centred
/// on their mean first, which leaves the indices unchanged in expectation and lowers the
/// estimator variance (as SALib does).
/// </summary>
public static class SobolAnalysis
{
    /// <summary>
    /// Estimates S1 and ST with percentile bootstrap intervals. <paramref name="outputs"/> holds
    /// one finite number per design point, in design order. If V is 0 the indices are NaN.
    /// Draws <paramref name="resamples"/> x N indices from <paramref name="random"/>.
    /// </summary>
    public static SobolResult Analyze(SweepDesign design, IReadOnlyList<double> outputs, RandomSource random,
        int resamples = 1000, double confidence = 0.95)
    {
        BootstrapInterval.RequireOutputs(design, outputs);
        ArgumentNullException.ThrowIfNull(random);
        BootstrapInterval.RequireSettings(resamples, confidence);
        var layout = design.SaltelliLayout
            ?? throw new ArgumentException("Sobol indices need a Sobol (Saltelli) design.", nameof(design));
        var n = layout.BaseSamples;
        var k = layout.ParameterCount;

        var mean = 0.0;
        for (var j = 0; j < n; j++)
            mean += outputs[layout.IndexA(j)] + outputs[layout.IndexB(j)];
        mean /= 2.0 * n;

        var fA = new double[n];
        var fB = new double[n];
        var fAB = new double[k][];
        for (var i = 0; i < k; i++)
            fAB[i] = new double[n];
        for (var j = 0; j < n; j++)
        {
            fA[j] = outputs[layout.IndexA(j)] - mean;
            fB[j] = outputs[layout.IndexB(j)] - mean;
            for (var i = 0; i < k; i++)
                fAB[i][j] = outputs[layout.IndexAB(j, i)] - mean;
        }

        var identity = new int[n];
        for (var j = 0; j < n; j++)
            identity[j] = j;
        var s1 = new double[k];
        var st = new double[k];
        var variance = Estimate(fA, fB, fAB, identity, s1, st);

        var s1Replicates = new double[k][];
        var stReplicates = new double[k][];
        for (var i = 0; i < k; i++)
        {
            s1Replicates[i] = new double[resamples];
            stReplicates[i] = new double[resamples];
        }

        var rows = new int[n];
        var s1b = new double[k];
        var stb = new double[k];
        for (var b = 0; b < resamples; b++)
        {
            for (var j = 0; j < n; j++)
                rows[j] = random.Next(n);
            Estimate(fA, fB, fAB, rows, s1b, stb);
            for (var i = 0; i < k; i++)
            {
                s1Replicates[i][b] = s1b[i];
                stReplicates[i][b] = stb[i];
            }
        }

        var indices = new SobolIndices[k];
        for (var i = 0; i < k; i++)
        {
            var (s1Low, s1High) = BootstrapInterval.Percentile(s1Replicates[i], confidence);
            var (stLow, stHigh) = BootstrapInterval.Percentile(stReplicates[i], confidence);
            indices[i] = new SobolIndices(design.Space.Parameters[i].Path, s1[i], s1Low, s1High, st[i], stLow, stHigh);
        }

        return new SobolResult(indices, n, variance, resamples, confidence);
    }

    // Computes S1 and ST over the base rows listed in `rows` (with repeats for a bootstrap
    // resample) and returns the variance V used as the denominator.
    private static double Estimate(double[] fA, double[] fB, double[][] fAB, int[] rows, double[] s1, double[] st)
    {
        var n = rows.Length;
        var sum = 0.0;
        var sumSquares = 0.0;
        foreach (var j in rows)
        {
            sum += fA[j] + fB[j];
            sumSquares += (fA[j] * fA[j]) + (fB[j] * fB[j]);
        }

        var m = sum / (2.0 * n);
        var variance = (sumSquares / (2.0 * n)) - (m * m);
        for (var i = 0; i < s1.Length; i++)
        {
            var ab = fAB[i];
            var first = 0.0;
            var total = 0.0;
            foreach (var j in rows)
            {
                first += fB[j] * (ab[j] - fA[j]);
                var d = fA[j] - ab[j];
                total += d * d;
            }

            s1[i] = variance > 0 ? first / n / variance : double.NaN;
            st[i] = variance > 0 ? total / (2.0 * n) / variance : double.NaN;
        }

        return variance;
    }
}
