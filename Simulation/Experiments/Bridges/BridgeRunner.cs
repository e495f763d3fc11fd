using System.Globalization;
using MarketSim.Experiments.Backtests;
using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Experiments.Bridges;

/// <summary>
/// Bridges two scenarios whose tick-0 states come from data of different dates (docs/calibration.md, Bridge): runs
/// the earlier one up to the later one's start month and sets its simulated state there beside the later one's
/// tick-0 state, quantity by quantity. When both states come from data, the later state is a check on the earlier
/// scenario's dynamics that the observation series cannot give: it has every firm's compute, the split of the fleets
/// and the adoption. Replication r of either scenario is seeded as in <c>run</c>.
/// </summary>
public static class BridgeRunner
{
    /// <summary>
    /// Months from <paramref name="from"/>'s start to <paramref name="to"/>'s; a value below 1 means the later
    /// scenario does not start after the earlier one.
    /// </summary>
    public static int MonthsBetween(ScenarioParameters from, ScenarioParameters to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var a = Month(from.StartMonth);
        var b = Month(to.StartMonth);
        return ((b.Year - a.Year) * 12) + b.Month - a.Month;
    }

    /// <summary>
    /// Runs <paramref name="replications"/> replications of each scenario: the earlier one for the months between
    /// their starts plus one, the later one for one month.
    /// </summary>
    /// <exception cref="ArgumentException">The later scenario does not start after the earlier one.</exception>
    public static BridgeResult Run(ReplicationScenarios from, ReplicationScenarios to, int replications, int parallel, Action? replicationDone, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentOutOfRangeException.ThrowIfLessThan(replications, 1);
        var tick = MonthsBetween(from.Run, to.Run);
        if (tick < 1)
            throw new ArgumentException($"{to.Run.Name} starts {to.Run.StartMonth}, not after {from.Run.Name}'s {from.Run.StartMonth}", nameof(to));

        var source = States(from, tick, replications, parallel, replicationDone, cancel);
        var target = States(to, 0, replications, parallel, replicationDone, cancel);
        var sourceIndex = source[0].Select((q, i) => (q.Quantity, i)).ToDictionary(p => p.Quantity, p => p.i);
        var targetSet = target[0].Select(q => q.Quantity).ToHashSet();
        var rows = new List<BridgeRow>();
        for (var i = 0; i < target[0].Count; i++)
        {
            var quantity = target[0][i].Quantity;
            if (!sourceIndex.TryGetValue(quantity, out var j))
                continue;
            var simulated = source.Select(s => s[j].Value).ToArray();
            var value = BacktestScoring.Quantile(target.Select(s => s[i].Value).ToArray(), 0.5);
            var p5 = BacktestScoring.Quantile(simulated, 0.05);
            var median = BacktestScoring.Quantile(simulated, 0.5);
            var p95 = BacktestScoring.Quantile(simulated, 0.95);
            double? log = median > 0 && value > 0 ? Math.Log(median / value) : null;
            rows.Add(new BridgeRow(quantity.Kind, quantity.Id, quantity.Measure, quantity.Unit, value, p5, median, p95, log, value >= p5 && value <= p95));
        }

        static string Name(StateQuantity q) => $"{q.Kind} {q.Id} {q.Measure}";
        var onlySource = source[0].Where(q => !targetSet.Contains(q.Quantity)).Select(q => Name(q.Quantity)).ToList();
        var onlyTarget = target[0].Where(q => !sourceIndex.ContainsKey(q.Quantity)).Select(q => Name(q.Quantity)).ToList();
        return new BridgeResult(to.Run.StartMonth, tick, rows, onlySource, onlyTarget);
    }

    // The state in month `tick` of each replication. Firms that enter by events after tick 0 are in the state only
    // from their entry, so every replication's list is compared by quantity, not by position.
    private static IReadOnlyList<(StateQuantity Quantity, double Value)>[] States(ReplicationScenarios scenarios, int tick, int replications, int parallel, Action? replicationDone, CancellationToken cancel)
    {
        var states = new IReadOnlyList<(StateQuantity, double)>[replications];
        Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancel }, r =>
        {
            IReadOnlyList<(StateQuantity, double)>? state = null;
            MarketRunner.Run(scenarios.For(r), r, sink: null, flows: false, check: false, ticks: tick + 1, afterTick: m =>
            {
                if (m.Steps - 1 == tick)
                    state = StateSnapshot.Of(m);
            }, cancel: cancel);
            states[r] = state!;
            replicationDone?.Invoke();
        });
        return Align(states);
    }

    // Puts every replication's quantities in replication 0's order; a quantity some replication lacks (a lab that
    // entered in some runs only) reads 0 there.
    private static IReadOnlyList<(StateQuantity Quantity, double Value)>[] Align(IReadOnlyList<(StateQuantity Quantity, double Value)>[] states)
    {
        var order = new List<StateQuantity>();
        var seen = new HashSet<StateQuantity>();
        foreach (var state in states)
        {
            foreach (var (q, _) in state)
            {
                if (seen.Add(q))
                    order.Add(q);
            }
        }

        return states.Select(state =>
        {
            var map = state.ToDictionary(p => p.Quantity, p => p.Value);
            return (IReadOnlyList<(StateQuantity, double)>)order.Select(q => (q, map.GetValueOrDefault(q))).ToList();
        }).ToArray();
    }

    private static DateTime Month(string text) => DateTime.ParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture);
}
