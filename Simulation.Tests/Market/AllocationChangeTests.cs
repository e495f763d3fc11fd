using MarketSim.Market;
using MarketSim.Market.Events;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>An allocation-change event replaces a lab's affinity at its tick (docs/model.md 3.3.13, (5.21)).</summary>
public sealed class AllocationChangeTests
{
    private const string CloudC = "cloud-c";
    private const int EventTick = 3;

    private static readonly IReadOnlyDictionary<string, double> Before =
        new Dictionary<string, double> { [TestScenarios.CloudA] = 0.5, [TestScenarios.CloudB] = 0.3, [CloudC] = 0.2 };

    private static readonly IReadOnlyDictionary<string, double> After =
        new Dictionary<string, double> { [TestScenarios.CloudB] = 0.25, [CloudC] = 0.75 };

    private static ScenarioParameters Scenario() =>
        TestScenarios.Quiet(labs: 1, clouds: 3)
            .WithLabs(l => l with { CloudAllocation = Before })
            .With(new AllocationChange(EventTick, TestScenarios.LabId(0), After));

    private static MarketModel Run(ScenarioParameters scenario, int months)
    {
        var market = new MarketModel(scenario, 0, 1);
        for (var t = 0; t < months; t++)
        {
            market.Step();
        }

        return market;
    }

    [Fact]
    public void UnderV1_TheLabBuysInTheNewSharesFromTheEventsTick()
    {
        var before = Run(Scenario(), EventTick).Labs[0];
        Assert.Equal([0.5, 0.3, 0.2], Enumerable.Range(0, 3).Select(before.CurrentAllocation));

        var market = Run(Scenario(), EventTick + 1);
        var lab = market.Labs[0];
        Assert.Equal([0, 0.25, 0.75], Enumerable.Range(0, 3).Select(lab.CurrentAllocation));
        Assert.False(lab.TryGetRequest(0, out _));
        Assert.True(lab.TryGetRequest(1, out var b));
        Assert.True(lab.TryGetRequest(2, out var c));
        Assert.Equal(3, c / b, 9);
    }

    /// <summary>
    /// With equal prices and every request served, the v2 share target is the affinity, so each share closes the gap to
    /// the new affinity by the adjustment rate kappa_a every month: a_c(k) = a0_c' + (a0_c - a0_c') (1 - kappa_a)^k.
    /// </summary>
    [Fact]
    public void UnderV2_EachShareMovesGeometricallyTowardTheNewAffinity()
    {
        const double kappa = 0.2;
        const int months = 5;
        var scenario = Scenario() with { Market = Scenario().Market with { Allocation = new AllocationParameters(3, kappa) } };

        var lab = Run(scenario, EventTick + months).Labs[0];

        var decay = Math.Pow(1 - kappa, months);
        Assert.Equal(0.5 * decay, lab.CurrentAllocation(0), 12);
        Assert.Equal(0.25 + ((0.3 - 0.25) * decay), lab.CurrentAllocation(1), 12);
        Assert.Equal(0.75 + ((0.2 - 0.75) * decay), lab.CurrentAllocation(2), 12);
    }

    /// <summary>A vertical alliance in force keeps its shift on the new affinity, and when it ends the lab returns to the new affinity, not to the one it had when the alliance began.</summary>
    [Fact]
    public void AnAllianceInForce_KeepsItsShiftAndEndsOnTheNewAffinity()
    {
        var alliance = new AllianceParameters(
            "c-lab-a", AllianceKind.Vertical, StartTick: 0, EndTick: 8, Clouds: [CloudC], Labs: [TestScenarios.LabId(0)], Vendors: [TestScenarios.VendorA],
            Investments: [], Commitments: [], ComputeAllocation: 0.5, PrioritySupply: false, LockIn: 0, ExitPenalty: 0, Interop: 0, Portability: 0);
        var scenario = Scenario().With(alliance);

        var during = Run(scenario, EventTick + 1).Labs[0];
        // The new affinity (0, 0.25, 0.75) with half of it moved to cloud c.
        Assert.Equal([0, 0.125, 0.875], Enumerable.Range(0, 3).Select(during.CurrentAllocation));

        var after = Run(scenario, 9).Labs[0];
        Assert.Equal([0, 0.25, 0.75], Enumerable.Range(0, 3).Select(c => Math.Round(after.CurrentAllocation(c), 12)));
    }

    [Fact]
    public void ADeadCloudsShare_GoesToTheLiveClouds()
    {
        var market = Run(Scenario() with { Events = [] }, 1);
        market.Clouds[1].MarkDefaulted();
        market.Labs[0].DropCloud(1, market.Clouds);

        new AllocationChange(1, TestScenarios.LabId(0), new Dictionary<string, double> { [TestScenarios.CloudB] = 0.5, [CloudC] = 0.5 }).Apply(market);

        Assert.Equal([0, 0, 1], Enumerable.Range(0, 3).Select(market.Labs[0].CurrentAllocation));
    }
}
