namespace MarketSim.Market.Investors;

/// <summary>
/// One replication's performance of an investor: total return, CAGR, annualised volatility of monthly
/// returns (net of new money) and maximum drawdown of value per dollar invested.
/// </summary>
/// <param name="FinalReturn">Final value over money put in, minus one.</param>
/// <param name="Cagr">Compound annual growth of value per dollar invested.</param>
/// <param name="Volatility">Standard deviation of monthly returns times the square root of 12.</param>
/// <param name="MaxDrawdown">Largest fall from a peak of value per dollar invested, as a fraction (0 to 1).</param>
public sealed record InvestorMetrics(double FinalReturn, double Cagr, double Volatility, double MaxDrawdown)
{
    /// <summary>Computes the metrics from a value path and the money put in along it.</summary>
    public static InvestorMetrics From(IReadOnlyList<double> values, IReadOnlyList<double> invested)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(invested);
        var n = values.Count;
        if (n == 0 || invested[^1] <= 0)
        {
            return new InvestorMetrics(0, 0, 0, 0);
        }

        // docs/model.md (11.1)
        var multiple = values[^1] / invested[^1];
        var months = Math.Max(1, n - 1);
        var cagr = multiple > 0 ? Math.Pow(multiple, 12.0 / months) - 1 : -1;

        var returns = new List<double>();
        for (var t = 1; t < n; t++)
        {
            if (values[t - 1] > 0)
            {
                returns.Add(((values[t] - (invested[t] - invested[t - 1])) / values[t - 1]) - 1);
            }
        }

        var volatility = returns.Count > 1 ? MathNet.Numerics.Statistics.Statistics.StandardDeviation(returns) * Math.Sqrt(12) : 0;
        var peak = 0.0;
        var drawdown = 0.0;
        for (var t = 0; t < n; t++)
        {
            // docs/model.md (11.2)
            var index = invested[t] > 0 ? values[t] / invested[t] : 0;
            peak = Math.Max(peak, index);
            if (peak > 0)
            {
                drawdown = Math.Max(drawdown, 1 - (index / peak));
            }
        }

        return new InvestorMetrics(multiple - 1, cagr, volatility, drawdown);
    }
}
