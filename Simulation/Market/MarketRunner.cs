using MarketSim.Engine;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>Runs one replication of a scenario: builds the model, steps it, collects rows, checks identities.</summary>
public static class MarketRunner
{
    /// <summary>The seed of replication <paramref name="replication"/> of a run seeded <paramref name="runSeed"/>.</summary>
    public static ulong ReplicationSeed(ulong runSeed, int replication) => SeedMixer.Derive(runSeed, replication);

    /// <summary>
    /// Runs replication <paramref name="replication"/> for the scenario's horizon (or <paramref name="ticks"/>),
    /// streaming rows to <paramref name="sink"/> if given; with <paramref name="check"/>, every tick's
    /// identities are verified and the first failure throws <see cref="InvariantViolationException"/>.
    /// </summary>
    public static MarketModel Run(ScenarioParameters scenario, int replication, IDataSink? sink, bool flows, bool check, int? ticks = null, Action<MarketModel>? afterTick = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var market = new MarketModel(scenario, replication, ReplicationSeed(scenario.Seed, replication));
        market.Ledger.RecordFlows = flows && sink is not null;
        DataCollector? collector = null;
        if (sink is not null)
        {
            collector = MarketReporters.Create(market, flows);
            collector.AddSink(sink);
        }

        var horizon = ticks ?? scenario.Ticks;
        for (var t = 0; t < horizon; t++)
        {
            cancel.ThrowIfCancellationRequested();
            market.Step();
            if (check)
            {
                var broken = InvariantChecker.Check(market);
                if (broken.Count > 0)
                {
                    throw new InvariantViolationException(t, replication, broken);
                }
            }

            collector?.Collect(t);
            afterTick?.Invoke(market);
        }

        collector?.Flush();
        return market;
    }
}
