using MarketSim.Market;

namespace MarketSim.Tests.Market;

/// <summary>
/// Twenty replications of the baseline for 120 ticks with the invariants checked every tick, run once and
/// shared by the tests that read them. The customer count is cut from 20,000 to 2,000 to keep the suite fast:
/// the accounting identities do not depend on it, and 2,000 customers still give every lab customers.
/// </summary>
public sealed class BaselineRunsFixture
{
    public const int Replications = 20;
    public const int Ticks = 120;
    public const int Customers = 2_000;

    public BaselineRunsFixture()
    {
        var scenario = TestScenarios.Baseline().WithCustomerCount(Customers);
        var results = new Result[Replications];
        Parallel.For(0, Replications, new ParallelOptions { MaxDegreeOfParallelism = 2 }, r =>
        {
            var leaders = new List<string>();
            var ticks = 0;
            try
            {
                var market = MarketRunner.Run(scenario, r, sink: null, flows: false, check: true, ticks: Ticks, afterTick: m => ticks++);
                var leader = market.Labs.Where(l => l.Alive).OrderByDescending(l => l.Capability).First();
                results[r] = new Result(r, ticks, null, leader.FirmId, market.Labs.Count(l => !l.Alive));
            }
            catch (InvariantViolationException e)
            {
                results[r] = new Result(r, ticks, e.Message, null, 0);
            }
        });
        Results = results;
    }

    public IReadOnlyList<Result> Results { get; }

    public sealed record Result(int Replication, int TicksRun, string? Violation, string? CapabilityLeader, int LabsFailed);
}
