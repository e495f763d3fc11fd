namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// Standardised regression coefficients (SRC) for grid and Latin hypercube designs: the least-squares
/// slopes of the standardised output on the standardised inputs, with the model's R^2. For a nearly
/// linear model SRC_i^2 is parameter i's share of the output variance (Saltelli et al. 2008, ch. 1.2.5).
/// A constant input or output gives NaN.
/// </summary>
internal static class RegressionSensitivity
{
    public static (double[] Coefficients, double RSquared) Fit(IReadOnlyList<double[]> inputs, IReadOnlyList<double> outputs)
    {
        var n = inputs.Count;
        var k = inputs[0].Length;
        var coefficients = Enumerable.Repeat(double.NaN, k).ToArray();
        var (yMean, ySd) = MeanSd(Enumerable.Range(0, n).Select(i => outputs[i]).ToArray());
        if (!(ySd > 0) || n < 2)
            return (coefficients, double.NaN);

        // Keep only inputs that vary; standardise each.
        var used = new List<int>();
        var means = new double[k];
        var sds = new double[k];
        for (var j = 0; j < k; j++)
        {
            (means[j], sds[j]) = MeanSd(inputs.Select(p => p[j]).ToArray());
            if (sds[j] > 0)
                used.Add(j);
        }

        var m = used.Count;
        var xtx = new double[m, m + 1];
        for (var i = 0; i < n; i++)
        {
            var y = (outputs[i] - yMean) / ySd;
            for (var a = 0; a < m; a++)
            {
                var xa = (inputs[i][used[a]] - means[used[a]]) / sds[used[a]];
                for (var b = 0; b < m; b++)
                    xtx[a, b] += xa * ((inputs[i][used[b]] - means[used[b]]) / sds[used[b]]);
                xtx[a, m] += xa * y;
            }
        }

        var beta = Solve(xtx, m);
        if (beta is null)
            return (coefficients, double.NaN);
        var residual = 0.0;
        var totalSquares = 0.0;
        for (var i = 0; i < n; i++)
        {
            var y = (outputs[i] - yMean) / ySd;
            var fit = 0.0;
            for (var a = 0; a < m; a++)
                fit += beta[a] * ((inputs[i][used[a]] - means[used[a]]) / sds[used[a]]);
            residual += (y - fit) * (y - fit);
            totalSquares += y * y;
        }

        for (var a = 0; a < m; a++)
            coefficients[used[a]] = beta[a];
        return (coefficients, 1 - (residual / totalSquares));
    }

    private static (double Mean, double Sd) MeanSd(double[] values)
    {
        var mean = values.Average();
        var squares = 0.0;
        foreach (var v in values)
            squares += (v - mean) * (v - mean);
        return (mean, values.Length > 1 ? Math.Sqrt(squares / (values.Length - 1)) : 0);
    }

    // Gauss-Jordan elimination with partial pivoting on an augmented m x (m + 1) matrix.
    private static double[]? Solve(double[,] a, int m)
    {
        for (var c = 0; c < m; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < m; r++)
            {
                if (Math.Abs(a[r, c]) > Math.Abs(a[pivot, c]))
                    pivot = r;
            }

            if (Math.Abs(a[pivot, c]) < 1e-12)
                return null;
            for (var j = 0; j <= m; j++)
                (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
            for (var r = 0; r < m; r++)
            {
                if (r == c)
                    continue;
                var factor = a[r, c] / a[c, c];
                for (var j = c; j <= m; j++)
                    a[r, j] -= factor * a[c, j];
            }
        }

        var x = new double[m];
        for (var r = 0; r < m; r++)
            x[r] = a[r, m] / a[r, r];
        return x;
    }
}
