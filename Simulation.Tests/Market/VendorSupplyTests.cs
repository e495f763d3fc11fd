using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

public sealed class VendorSupplyTests
{
    private const int Ticks = 12;

    [Fact]
    public void Supply_InAGlut_ShrinksByGrowthTimesIdleShare()
    {
        // The quiet market orders almost nothing against a supply of 1,000 thousand units: nearly all idle.
        var scenario = TestScenarios.Quiet(customers: 1_000).WithVendors(v => v with { SupplyGrowth = 0.05 });

        var supply = TestRun.Probe(scenario, Ticks, m => (m.Vendors[0].Supply, m.Vendors[0].Shipped, m.Vendors[0].Backlog));

        Assert.Equal(1000, supply[0].Supply, 9);
        for (var t = 1; t < Ticks; t++)
        {
            var idle = 1 - (supply[t - 1].Shipped / supply[t - 1].Supply);
            var expected = supply[t - 1].Backlog > 0 ? supply[t - 1].Supply * 1.05 : supply[t - 1].Supply * (1 - (0.05 * idle));
            Assert.Equal(expected, supply[t].Supply, 9);
        }

        Assert.True(supply[^1].Supply < 1000 * Math.Pow(0.96, Ticks - 1));
    }

    [Fact]
    public void Supply_WhileSoldOut_GrowsAtTheSupplyGrowth()
    {
        // A cloud short of capacity orders far more than the small vendor can ship, every month.
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { Capacity = 0.2, Life = 6, BackgroundDemand = 0.5, Headroom = 0.2 })
            .WithVendors(v => v with { Supply = 1, SupplyGrowth = 0.05 });

        var supply = TestRun.Probe(scenario, Ticks, m => (m.Vendors[0].Supply, m.Vendors[0].Backlog));

        for (var t = 1; t < Ticks; t++)
        {
            Assert.True(supply[t - 1].Backlog > 0);
            Assert.Equal(supply[t - 1].Supply * 1.05, supply[t].Supply, 9);
        }
    }

    [Fact]
    public void Generation_RaisesComputePerUnitPriceAndUnitCostTogether()
    {
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithVendors(v => v with { GenerationMonths = 4, GenerationGain = 2, GenerationPriceGain = 1.5 });

        var vendor = TestRun.Probe(scenario, 6, m => (m.Vendors[0].ComputePerUnit, m.Vendors[0].Price, m.Vendors[0].UnitCost));

        Assert.Equal(vendor[3].ComputePerUnit * 2, vendor[4].ComputePerUnit, 12);
        Assert.Equal(vendor[3].UnitCost * 1.5, vendor[4].UnitCost, 12);
        Assert.Equal(vendor[3].Price * 1.5, vendor[4].Price, 12);
    }

    [Fact]
    public void SoldOut_ProRata_ShipsEachDueOrderTheSameShareOfIt()
    {
        var shipped = ShortOfChips(ShortageRule.ProRata);

        // Tick 0: both orders are due and the vendor ships about 1% of them.
        var a = shipped[0].ChipsA / shipped[0].OrderedA;
        var b = shipped[0].ChipsB / shipped[0].OrderedB;
        Assert.InRange(a, 1e-6, 0.5);
        Assert.Equal(a, b, 9);
    }

    [Fact]
    public void SoldOut_FirstCome_ServesTheFirstOrderAndLeavesTheOtherWaiting()
    {
        var shipped = ShortOfChips(ShortageRule.FirstCome);

        // One cloud's tick-0 order stands first in the queue and takes the whole supply, month after month.
        Assert.Contains(shipped, s => s.ChipsA == 0 || s.ChipsB == 0);
        Assert.NotEqual(shipped[0].ChipsA / shipped[0].OrderedA, shipped[0].ChipsB / shipped[0].OrderedB, 6);
    }

    [Fact]
    public void SoldOut_ProRata_EveryWaitingBuyerGetsChipsEveryMonth()
    {
        var shipped = ShortOfChips(ShortageRule.ProRata);

        Assert.All(shipped, s => Assert.True(s.ChipsA > 0 && s.ChipsB > 0, $"chips {s.ChipsA}, {s.ChipsB}"));
    }

    // Two clouds far short of capacity, with different demands, order from a vendor that ships a thousand units a month.
    private static (double ChipsA, double OrderedA, double ChipsB, double OrderedB)[] ShortOfChips(ShortageRule rule)
    {
        var scenario = TestScenarios.Quiet(customers: 1_000, clouds: 2)
            .WithClouds(c => c with { Capacity = 0.2, Life = 600, BackgroundDemand = 0.5, Headroom = 0.2 })
            .WithVendors(v => v with { Supply = 1 })
            .WithSupply(SupplyScenarios.V1() with { ShortageRule = rule });
        scenario = scenario with { Clouds = [scenario.Clouds[0], scenario.Clouds[1] with { BackgroundDemand = 0.3 }] };

        var shipped = TestRun.Probe(scenario, Ticks, m => (ChipsA: m.Clouds[0].ChipCapex, OrderedA: m.Clouds[0].OrderedThisTick, ChipsB: m.Clouds[1].ChipCapex, OrderedB: m.Clouds[1].OrderedThisTick));
        Assert.True(shipped[0].OrderedA > 0 && shipped[0].OrderedB > 0);
        Assert.NotEqual(shipped[0].OrderedA, shipped[0].OrderedB, 6);
        return shipped;
    }
}
