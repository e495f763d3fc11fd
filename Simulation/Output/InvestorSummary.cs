using MathNet.Numerics.Statistics;

namespace MarketSim.Output;

/// <summary>
/// A strategy summary computed from investors.csv, for runs without summary.csv. Same definitions as
/// the replication summary: percentiles R7, volatility annualised from monthly returns, drawdown
/// from the running peak, probability of loss = share of replications ending below zero.
/// </summary>
internal static class InvestorSummary
{
    public static List<SummaryRow> Compute(IReadOnlyList<InvestorRow> rows)
    {
        var paths = new SortedDictionary<(string Id, int Replication), List<InvestorRow>>(Comparer<(string, int)>.Create(
            (a, b) => string.CompareOrdinal(a.Item1, b.Item1) is var c and not 0 ? c : a.Item2.CompareTo(b.Item2)));
        foreach (var row in rows)
        {
            if (!paths.TryGetValue((row.Id, row.Replication), out var path))
            {
                path = [];
                paths.Add((row.Id, row.Replication), path);
            }

            path.Add(row);
        }

        var result = new List<SummaryRow>();
        foreach (var group in paths.GroupBy(p => p.Key.Id, StringComparer.Ordinal))
        {
            var finals = new List<double>();
            double cagr = 0, volatility = 0, drawdown = 0;
            var strategy = "";
            foreach (var (_, path) in group)
            {
                path.Sort((a, b) => a.Tick.CompareTo(b.Tick));
                strategy = path[0].Strategy;
                var final = path[^1].Return;
                finals.Add(final);
                var months = path[^1].Tick - path[0].Tick;
                cagr += months > 0 && final > -1 ? Math.Pow(1 + final, 12.0 / months) - 1 : 0;
                volatility += AnnualisedVolatility(path);
                drawdown += MaxDrawdown(path);
            }

            var n = finals.Count;
            finals.Sort();
            result.Add(new SummaryRow
            {
                Id = group.Key,
                Strategy = strategy,
                Replications = n,
                MeanReturn = finals.Average(),
                P5Return = Statistics.QuantileCustom(finals, 0.05, QuantileDefinition.R7),
                P95Return = Statistics.QuantileCustom(finals, 0.95, QuantileDefinition.R7),
                Cagr = cagr / n,
                Volatility = volatility / n,
                MaxDrawdown = drawdown / n,
                ProbLoss = finals.Count(f => f < 0) / (double)n,
            });
        }

        return result;
    }

    private static double AnnualisedVolatility(List<InvestorRow> path)
    {
        var returns = new List<double>(path.Count);
        for (var i = 1; i < path.Count; i++)
        {
            if (path[i - 1].Value > 0)
            {
                returns.Add((path[i].Value / path[i - 1].Value) - 1);
            }
        }

        return returns.Count > 1 ? returns.StandardDeviation() * Math.Sqrt(12) : 0;
    }

    private static double MaxDrawdown(List<InvestorRow> path)
    {
        double peak = double.NegativeInfinity, worst = 0;
        foreach (var row in path)
        {
            peak = Math.Max(peak, row.Value);
            if (peak > 0)
            {
                worst = Math.Max(worst, 1 - (row.Value / peak));
            }
        }

        return worst;
    }
}
