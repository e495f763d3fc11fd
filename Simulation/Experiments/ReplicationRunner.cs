using MarketSim.Engine;
using MarketSim.Market;

namespace MarketSim.Experiments;

/// <summary>
/// Runs a scenario's replications in parallel across cores, each replication single-threaded with its
/// own seed derived from the run seed and its index, so results do not depend on the thread count.
/// </summary>
public static class ReplicationRunner
{
    /// <summary>
    /// Runs replications <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1, each running its
    /// own scenario from <paramref name="scenarios"/> (its draw of the uncertain parameters, docs/model.md 3.3.17): a batch of a
    /// longer run, identical to the same replications of a run that does them all at once (seeds go by index).
    /// <paramref name="sinkFor"/> gives each replication its own sink (or null); <paramref name="finished"/> sees each final
    /// market (called concurrently: keep it thread-safe and order-independent, e.g. by storing into a slot per replication).
    /// </summary>
    public static void Run(
        ReplicationScenarios scenarios,
        int first,
        int count,
        int parallel,
        Func<int, IDataSink?> sinkFor,
        bool flows,
        bool check,
        Action<MarketModel>? afterTick,
        Action<MarketModel> finished,
        CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(sinkFor);
        ArgumentNullException.ThrowIfNull(finished);
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        Parallel.For(first, first + count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancel }, replication =>
        {
            var sink = sinkFor(replication);
            try
            {
                finished(MarketRunner.Run(scenarios.For(replication), replication, sink, flows, check, afterTick: afterTick, cancel: cancel));
            }
            finally
            {
                sink?.Dispose();
            }
        });
    }
}
