namespace MarketSim.Tests.Market;

public sealed class BaselineRunTests(BaselineRunsFixture runs) : IClassFixture<BaselineRunsFixture>
{
    [Fact]
    public void Run_BaselineTwentySeeds_InvariantsHoldEveryTick()
    {
        var broken = runs.Results.Where(r => r.Violation is not null).Select(r => $"replication {r.Replication}: {r.Violation}").ToList();

        Assert.True(broken.Count == 0, string.Join(Environment.NewLine, broken));
        Assert.All(runs.Results, r => Assert.Equal(BaselineRunsFixture.Ticks, r.TicksRun));
    }

    [Fact]
    public void Run_BaselineTwentySeeds_MoreThanOneLabLeadsInCapabilityAtTheHorizon()
    {
        var leaders = runs.Results.Where(r => r.CapabilityLeader is not null).Select(r => r.CapabilityLeader!).ToList();

        Assert.Equal(BaselineRunsFixture.Replications, leaders.Count);
        Assert.True(leaders.Distinct().Count() >= 2, "every seed has the same leader: " + string.Join(", ", leaders));
    }
}
