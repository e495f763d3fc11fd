using MarketSim.Market;

namespace MarketSim.Tests.Market;

/// <summary>A dead cloud keeps no share of a lab's compute (docs/model.md 3.3.16), also when an alliance restores an older allocation.</summary>
public sealed class DeadCloudAllocationTests
{
    private static MarketModel Market() => new(
        TestScenarios.Quiet(labs: 1, clouds: 3).WithLabs(l => l with
        {
            CloudAllocation = new Dictionary<string, double> { [TestScenarios.CloudA] = 0.5, ["cloud-b"] = 0.3, ["cloud-c"] = 0.2 },
        }),
        0,
        1);

    // A vertical alliance with cloud c shifts half the compute to it and saves the allocation it found; then cloud a dies.
    private static (MarketModel Market, double[] Saved) AllianceThenCloudADies()
    {
        var market = Market();
        var lab = market.Labs[0];
        var saved = lab.ShiftAllocation(2, 0.5);
        Default(market, 0);
        return (market, saved);
    }

    private static void Default(MarketModel market, int cloud)
    {
        market.Clouds[cloud].MarkDefaulted();
        market.Labs[0].DropCloud(cloud, market.Clouds);
    }

    [Fact]
    public void AnAllianceEndingAfterACloudDied_DoesNotGiveTheDeadCloudItsShareBack()
    {
        var (market, saved) = AllianceThenCloudADies();
        var lab = market.Labs[0];

        // The alliance ends later: its saved allocation still holds cloud a, which is dead.
        lab.RestoreAllocation(saved);

        Assert.Equal(0, lab.CurrentAllocation(0));
        Assert.Equal(0.6, lab.CurrentAllocation(1), 12);
        Assert.Equal(0.4, lab.CurrentAllocation(2), 12);
    }

    [Fact]
    public void WhenEveryCloudHasDied_TheLabBuysFromNone()
    {
        var (market, saved) = AllianceThenCloudADies();
        var lab = market.Labs[0];
        Default(market, 1);
        lab.RestoreAllocation(saved);
        Assert.Equal(1, lab.CurrentAllocation(2), 12);

        Default(market, 2);

        Assert.All(Enumerable.Range(0, 3), c => Assert.Equal(0, lab.CurrentAllocation(c)));
    }
}
