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

    [Fact]
    public void AnAllianceEndingAfterACloudDied_DoesNotGiveTheDeadCloudItsShareBack()
    {
        var market = Market();
        var lab = market.Labs[0];
        // A vertical alliance with cloud c shifts half the compute to it and saves the allocation it found.
        var saved = lab.ShiftAllocation(2, 0.5);
        market.Clouds[0].MarkDefaulted();
        lab.DropCloud(0, market.Clouds);

        // The alliance ends later: its saved allocation still holds cloud a, which is dead.
        lab.RestoreAllocation(saved);

        Assert.Equal(0, lab.CurrentAllocation(0));
        Assert.Equal(0.6, lab.CurrentAllocation(1), 12);
        Assert.Equal(0.4, lab.CurrentAllocation(2), 12);
    }

    [Fact]
    public void WhenEveryCloudHasDied_TheLabBuysFromNone()
    {
        var market = Market();
        var lab = market.Labs[0];
        var saved = lab.ShiftAllocation(2, 0.5);
        market.Clouds[0].MarkDefaulted();
        lab.DropCloud(0, market.Clouds);
        market.Clouds[1].MarkDefaulted();
        lab.DropCloud(1, market.Clouds);
        lab.RestoreAllocation(saved);
        Assert.Equal(1, lab.CurrentAllocation(2), 12);

        market.Clouds[2].MarkDefaulted();
        lab.DropCloud(2, market.Clouds);

        Assert.All(Enumerable.Range(0, 3), c => Assert.Equal(0, lab.CurrentAllocation(c)));
    }
}
