using MarketSim.Market;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>
/// A defaulted cloud's own demand (docs/model.md (16.16)-(16.18)): other-ai and captive workloads, or the v1
/// background, are bought at list from the live clouds from the tick after the default. Every step runs the invariants.
/// </summary>
public sealed class DeadCloudDemandTests
{
    private const int Ticks = 8;

    private static readonly FinanceParameters Finance = new(
        SpreadBase: 0.01, SpreadSlope: 0.01, SpreadSentimentExponent: 1, SpreadMax: 0.15, DefaultLeverage: 6, DebtCapacity: 3,
        DebtCapacityExponent: 1, ContractAdvanceRate: 0, FleetSaleRatio: 0.5, CloudGraceMonths: 3, VendorGraceMonths: 3, DefaultSentimentWeight: 1,
        CoreEbitda: new Dictionary<string, double>(), EbitdaTtm: new Dictionary<string, double>());

    // No tokens-per-task growth, no unlock, no price response: a segment's tasks stay where tick 0 put them.
    private static readonly TaskDemandParameters Frozen = new(
        TokensExponent: 0, MaxTokensPerTask: 50, UnlockWidth: 0.3, ShareInUse: 0.5, Adjustment: 0, SpendCeiling: 1200);

    // Two clouds with their own demand; cloud-a pays opex far above any revenue and, when levered, defaults.
    private static ScenarioParameters TwoClouds(bool levered, bool workloads, double captiveShare = 0, double otherAiElasticity = 0, double livePrice = 2)
    {
        var s = TestScenarios.Quiet(customers: 500, labs: 1, clouds: 2) with { Finance = Finance };
        s = s.WithClouds(c => c.Id == TestScenarios.CloudA
            ? c with
            {
                OperatingCostPerCU = 3, Cash = levered ? -30 : 1000, BackgroundDemand = 2, BackgroundGrowth = 0.05, BackgroundGrowthHalfLife = 12,
                CaptiveShare = captiveShare, CaptiveLab = TestScenarios.LabId(0),
            }
            : c with { Cash = 1000, BackgroundDemand = 1, Capacity = 40, Price = livePrice });
        if (workloads)
        {
            s = TaskDemandTests.WithTaskDemand(s, Frozen);
            s = s with { Market = s.Market with { Workloads = new WorkloadParameters(CaptiveElasticity: 0, OtherAiElasticity: otherAiElasticity) } };
        }

        return s;
    }

    // Steps the defaulting run and its solvent twin together, returning cloud-a's default tick.
    private static int RunToDefault(MarketModel dead, MarketModel twin)
    {
        for (var t = 0; t < Ticks && dead.Clouds[0].Alive; t++)
        {
            TestRun.StepChecked(dead);
            TestRun.StepChecked(twin);
        }

        Assert.False(dead.Clouds[0].Alive);
        Assert.True(dead.Clouds[1].Alive && twin.Clouds[0].Alive);
        return dead.Finance!.Of(dead.Clouds[0]).DefaultTick;
    }

    [Fact]
    public void Default_OfEveryCloud_LeavesLabsUnservedAndTheLedgerWhole()
    {
        // The only cloud defaults: labs have no compute to sell, keep their last price and earn nothing, and every
        // invariant still holds (a lab used to price at zero and ask for infinite compute).
        var s = TestScenarios.Quiet(customers: 500, labs: 1) with { Finance = Finance };
        s = s.WithClouds(c => c with { OperatingCostPerCU = 3, Cash = -30, BackgroundDemand = 2 });
        var market = new MarketModel(s, 0, 12);
        var price = double.NaN;
        for (var t = 0; t < 12; t++)
        {
            TestRun.StepChecked(market);
            price = market.Clouds[0].Alive ? market.Labs[0].Price : price;
        }

        Assert.False(market.Clouds[0].Alive);
        Assert.Equal(0, market.Labs[0].Revenue);
        Assert.True(market.Labs[0].Price > 0 && double.IsFinite(market.Labs[0].Price));
    }

    [Fact]
    public void Default_OtherAiOfDeadCloud_IsBoughtFromTheLiveCloudAtItsListPrice()
    {
        var dead = new MarketModel(TwoClouds(levered: true, workloads: true), 0, 5);
        var twin = new MarketModel(TwoClouds(levered: false, workloads: true), 0, 5);
        RunToDefault(dead, twin);
        Assert.True(dead.Clouds[0].OtherAiRevenue > 0);

        for (var t = 0; t < 3; t++)
        {
            TestRun.StepChecked(dead);
            TestRun.StepChecked(twin);
            var w = dead.Workloads!;
            var live = dead.Clouds[1];
            // Inelastic and frozen, each segment asks for the same CU as in the twin where cloud-a lives: the live
            // cloud now asks for both.
            var expected = twin.Workloads!.OtherAiRequested(0) + twin.Workloads.OtherAiRequested(1);
            Assert.Equal(expected, w.OtherAiRequested(1), 12);
            Assert.True(w.OtherAiRequested(1) > twin.Workloads.OtherAiRequested(1) * 2);
            Assert.Equal(0, dead.Clouds[0].OtherAiRevenue);
            // Billed at the live cloud's list price, so other-ai spend does not drop with the default.
            Assert.Equal(expected * live.Price, live.OtherAiRevenue, 12);
        }
    }

    [Fact]
    public void Default_MovedOtherAiCustomers_BuyMoreAtACheaperLiveCloud()
    {
        // eta_oai = 1 and cloud-b lists below cloud-a (half at tick 0; cloud-a's price then rises to its cost): cloud-a's
        // customers, now paying cloud-b's price, buy p_a / p_b times what they would buy at home (Jevons against their
        // own tick-0 cost of a task).
        var dead = new MarketModel(TwoClouds(levered: true, workloads: true, otherAiElasticity: 1, livePrice: 1), 0, 5);
        var twin = new MarketModel(TwoClouds(levered: false, workloads: true, otherAiElasticity: 1, livePrice: 1), 0, 5);
        RunToDefault(dead, twin);

        TestRun.StepChecked(dead);
        TestRun.StepChecked(twin);
        var ratio = twin.Clouds[0].Price / twin.Clouds[1].Price;
        Assert.True(ratio >= 2);
        var expected = twin.Workloads!.OtherAiRequested(1) + (twin.Workloads.OtherAiRequested(0) * ratio);
        Assert.Equal(expected, dead.Workloads!.OtherAiRequested(1), 12);
        Assert.Equal(expected * dead.Clouds[1].Price, dead.Clouds[1].OtherAiRevenue, 12);
    }

    [Fact]
    public void Default_CaptiveProductsOfDeadCloud_BuyAtListFromTheLiveCloudAsOtherAi()
    {
        var dead = new MarketModel(TwoClouds(levered: true, workloads: true, captiveShare: 0.5), 0, 5);
        var twin = new MarketModel(TwoClouds(levered: false, workloads: true, captiveShare: 0.5), 0, 5);
        RunToDefault(dead, twin);
        var parent = dead.Ledger["parent:" + TestScenarios.CloudA];
        var parentPaid = parent.Total;

        TestRun.StepChecked(dead);
        TestRun.StepChecked(twin);
        var w = dead.Workloads!;
        var tw = twin.Workloads!;
        // The parent's products and cloud-a's other AI customers join cloud-b's other-ai segment, task for task.
        Assert.Equal(tw.OtherAiTasks(0) + tw.CaptiveTasks(0) + tw.OtherAiTasks(1), w.OtherAiTasks(1), 12);
        Assert.True(tw.CaptiveTasks(0) > 0);
        Assert.Equal(0, w.CaptiveRequested(0));
        Assert.Equal(parentPaid, parent.Total);
        Assert.Equal(0, dead.Ledger.KindTotal(FlowKind.InternalCompute));
        var live = dead.Clouds[1];
        Assert.Equal(w.OtherAiRequested(1) * live.Price, live.OtherAiRevenue, 12);
        Assert.True(live.OtherAiRevenue > twin.Clouds[1].OtherAiRevenue + twin.Clouds[0].OtherAiRevenue);
    }

    [Fact]
    public void Default_V1BackgroundOfDeadCloud_KeepsItsGrowthAndIsBilledByTheLiveCloud()
    {
        var dead = new MarketModel(TwoClouds(levered: true, workloads: false), 0, 5);
        var twin = new MarketModel(TwoClouds(levered: false, workloads: false), 0, 5);
        RunToDefault(dead, twin);

        for (var t = 0; t < 3; t++)
        {
            TestRun.StepChecked(dead);
            TestRun.StepChecked(twin);
            // cloud-a's background keeps growing at cloud-a's 5% a month halving over 12 months; cloud-b bills it.
            var background = twin.Clouds[0].BackgroundDemand + twin.Clouds[1].BackgroundDemand;
            var live = dead.Clouds[1];
            Assert.Equal(background * live.Price, dead.Ledger.KindTotal(FlowKind.BackgroundCompute), 12);
        }
    }

    [Fact]
    public void InvariantChecker_ReportsBackgroundThatNoLiveCloudServes()
    {
        // The identity can fail: half of cloud-b's own stream sent nowhere is demand lost.
        var dead = new MarketModel(TwoClouds(levered: true, workloads: false), 0, 5);
        var twin = new MarketModel(TwoClouds(levered: false, workloads: false), 0, 5);
        var tick = RunToDefault(dead, twin);
        dead.Exchange.MoveBackground(dead.Clouds[1], tick, [0, 0.5]);
        Assert.Contains(InvariantChecker.Check(dead), b => b.StartsWith("background of cloud-b is served in full", StringComparison.Ordinal));
    }
}
