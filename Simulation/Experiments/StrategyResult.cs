namespace MarketSim.Experiments;

/// <summary>An investor's results across replications (a row of summary.csv). Returns are fractions.</summary>
/// <param name="Id">Investor id.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Target">The strategy's target, or empty.</param>
/// <param name="Replications">Replications summarised.</param>
/// <param name="MeanReturn">Mean final return.</param>
/// <param name="P5Return">5th percentile of final return (R7).</param>
/// <param name="P95Return">95th percentile of final return (R7).</param>
/// <param name="Cagr">Mean CAGR.</param>
/// <param name="Volatility">Mean annualised volatility.</param>
/// <param name="MaxDrawdown">Mean maximum drawdown.</param>
/// <param name="ProbLoss">Share of replications ending below zero return.</param>
/// <param name="MedianReturn">Median final return (R7).</param>
/// <param name="MeanReturnLow">Lower end of the 95% paired-bootstrap interval of the mean final return (NaN with one replication).</param>
/// <param name="MeanReturnHigh">Upper end of that interval.</param>
/// <param name="CertaintyEquivalent">Certainty-equivalent return of the scenario's <c>analysis</c> investor (docs/model.md).</param>
public sealed record StrategyResult(
    string Id,
    string Strategy,
    string Target,
    int Replications,
    double MeanReturn,
    double P5Return,
    double P95Return,
    double Cagr,
    double Volatility,
    double MaxDrawdown,
    double ProbLoss,
    double MedianReturn = double.NaN,
    double MeanReturnLow = double.NaN,
    double MeanReturnHigh = double.NaN,
    double CertaintyEquivalent = double.NaN)
{
    /// <summary>
    /// Summarises outcomes per investor, in order of first appearance; the median, bootstrap interval and certainty
    /// equivalent come from <see cref="Verdicts.OutcomeAnalysis"/> with <paramref name="settings"/> (seed 0 and the
    /// default analysis when null).
    /// </summary>
    public static IReadOnlyList<StrategyResult> Summarise(IEnumerable<InvestorOutcome> outcomes, Verdicts.AnalysisSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var list = outcomes.ToList();
        var analysis = Verdicts.OutcomeAnalysis.Analyse(Verdicts.InvestorSample.From(list), settings ?? new Verdicts.AnalysisSettings(0));
        return Summarise(list, analysis);
    }

    /// <summary>Summarises outcomes per investor, taking the distribution statistics from an analysis already made.</summary>
    public static IReadOnlyList<StrategyResult> Summarise(IEnumerable<InvestorOutcome> outcomes, Verdicts.OutcomeAnalysisResult analysis)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(analysis);
        var statistics = analysis.Investors.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var groups = new List<List<InvestorOutcome>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var outcome in outcomes)
        {
            if (!index.TryGetValue(outcome.Id, out var at))
            {
                at = groups.Count;
                index.Add(outcome.Id, at);
                groups.Add([]);
            }

            groups[at].Add(outcome);
        }

        var results = new List<StrategyResult>();
        foreach (var group in groups)
        {
            // Replication order, so floating-point sums do not depend on which thread finished first.
            group.Sort((a, b) => a.Replication.CompareTo(b.Replication));
            var returns = group.ConvertAll(o => o.Metrics.FinalReturn);
            var summary = ReplicationSummary.Compute(returns, 0.95, [0.05, 0.95]);
            var first = group[0];
            results.Add(new StrategyResult(
                first.Id,
                first.Strategy,
                first.Target,
                group.Count,
                summary.Mean,
                summary.Quantiles[0].Value,
                summary.Quantiles[1].Value,
                group.Average(o => o.Metrics.Cagr),
                group.Average(o => o.Metrics.Volatility),
                group.Average(o => o.Metrics.MaxDrawdown),
                (double)returns.Count(r => r < 0) / group.Count,
                statistics[first.Id].MedianReturn,
                statistics[first.Id].MeanReturnLow,
                statistics[first.Id].MeanReturnHigh,
                statistics[first.Id].CertaintyEquivalent));
        }

        return results;
    }
}
