using MarketSim.Cli;
using MarketSim.Market;

namespace MarketSim.Tests.Cli;

/// <summary>A scenario that contradicts its tick-0 state mid-run (another replication's draws) is bad input, not a crash.</summary>
public sealed class CommandGuardTests
{
    [Fact]
    public void ScenarioState_AloneOrFromAParallelRun_IsBadInputAtItsPath()
    {
        var state = new ScenarioStateException("$.market.task_demand.share_in_use", "raise share_in_use or spend_ceiling");
        foreach (var thrown in new Exception[] { state, new AggregateException(state) })
        {
            using var error = new StringWriter();

            var exit = CommandGuard.Run(error, _ => throw thrown);

            Assert.Equal(2, exit);
            Assert.Equal("error: $.market.task_demand.share_in_use: raise share_in_use or spend_ceiling", error.ToString().Trim());
        }
    }
}
