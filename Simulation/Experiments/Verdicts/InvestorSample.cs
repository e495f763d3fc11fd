namespace MarketSim.Experiments.Verdicts;

/// <summary>One investor's final value multiples W_r = final value / money put in, in replication order.</summary>
/// <param name="Id">Investor id.</param>
/// <param name="Strategy">Strategy name.</param>
/// <param name="Target">The strategy's target, or empty.</param>
/// <param name="Multiples">W_r for r = 0, 1, ...; replication r is the same world for every investor.</param>
public sealed record InvestorSample(string Id, string Strategy, string Target, IReadOnlyList<double> Multiples)
{
    /// <summary>The samples of every investor, in order of first appearance, each in replication order.</summary>
    public static IReadOnlyList<InvestorSample> From(IEnumerable<InvestorOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var groups = new List<List<InvestorOutcome>>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var outcome in outcomes.OrderBy(o => o.Order).ThenBy(o => o.Replication))
        {
            if (!index.TryGetValue(outcome.Id, out var at))
            {
                at = groups.Count;
                index.Add(outcome.Id, at);
                groups.Add([]);
            }

            groups[at].Add(outcome);
        }

        return groups.ConvertAll(g => new InvestorSample(g[0].Id, g[0].Strategy, g[0].Target, g.ConvertAll(o => 1 + o.Metrics.FinalReturn)));
    }
}
