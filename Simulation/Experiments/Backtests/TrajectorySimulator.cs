using MarketSim.Market;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Experiments.Backtests;

/// <summary>
/// Runs replications 0..n-1 of a scenario for a number of months and records their trajectories. Replication r
/// is seeded exactly as in <c>run</c> (from the scenario seed and r alone), so two scenarios run with the same
/// seed share their random numbers replication by replication (common random numbers).
/// </summary>
public static class TrajectorySimulator
{
    /// <summary>The trajectories, one per replication, in replication order.</summary>
    public static Trajectory[] Run(ScenarioParameters scenario, int ticks, int replications, int parallel,
        Action? replicationDone, CancellationToken cancel) =>
        Run(ReplicationScenarios.Fixed(scenario), ticks, replications, parallel, replicationDone, cancel);

    /// <summary>As above, each replication running its own draw of the uncertain parameters (docs/model.md 3.3.17).</summary>
    public static Trajectory[] Run(ReplicationScenarios scenarios, int ticks, int replications, int parallel,
        Action? replicationDone, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var runs = new Trajectory[replications];
        Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancel }, r =>
        {
            runs[r] = RunOne(scenarios.For(r), ticks, r, cancel);
            replicationDone?.Invoke();
        });
        return runs;
    }

    /// <summary>One replication's trajectory.</summary>
    public static Trajectory RunOne(ScenarioParameters scenario, int ticks, int replication, CancellationToken cancel)
    {
        var recorder = new TrajectoryRecorder(ticks);
        MarketRunner.Run(scenario, replication, sink: null, flows: false, check: false, ticks: ticks, afterTick: recorder.Observe, cancel: cancel);
        return recorder.Trajectory;
    }
}
