using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>
/// The backlog capex rule with delivery at the planning horizon (docs/model.md (6.20), (6.20a), (I.2), (I.3)): orders
/// arrive L_p months after they are placed, the supply line at tick 0 continues the pre-tick-0 growth path, and in
/// balanced growth the fleet runs at its target utilisation.
/// </summary>
public sealed class DeliveryLagTests
{
    private const double Growth = 0.03;

    // A cloud whose only demand is a background growing 3% a month forever, whose fleet grew at the same rate before
    // tick 0, with ample vendor supply, no retirements within the run and ghat equal to observed growth.
    private static ScenarioParameters BalancedGrowth(int horizon) => TestScenarios.Quiet(customers: 1_000, labs: 1)
        .WithClouds(c => c with
        {
            Capacity = 5 / 0.8,
            BackgroundDemand = 5,
            BackgroundGrowth = Growth,
            BackgroundGrowthHalfLife = 0,
            ForecastSmoothing = 0.3,
            FleetGrowth = Growth,
        })
        .WithVendors(v => v with { Supply = 1e6 })
        .WithSupply(SupplyScenarios.V1() with
        {
            CapexRule = CapexRule.Backlog,
            PlanningHorizon = horizon,
            DemandWeight = 1,
            CreditLines = new Dictionary<string, double> { [TestScenarios.CloudA] = 1e9 },
        });

    [Theory]
    [InlineData(6)]
    [InlineData(12)]
    [InlineData(24)]
    public void BalancedGrowth_FleetRunsAtTargetUtilisation(int horizon)
    {
        // Closed form: with the position rule O = g K*_free + Ret_next + (K* - K - OnOrder + Ret) / T_adj and delivery
        // L_p later, the position converges to K*, so the fleet at the end of a month serves the next month's demand
        // at u* whatever L_p. Without the delivery lag it would run (1 + g)^L_p ahead; without the anchor, (1 + g T_adj)
        // behind.
        var run = TestRun.Probe(BalancedGrowth(horizon), 120, m => (m.Clouds[0].Demand, m.Clouds[0].Capacity));

        for (var t = 96; t < run.Length - 1; t++)
        {
            Assert.Equal(0.8, run[t + 1].Demand / run[t].Capacity, 2);
        }
    }

    [Fact]
    public void Orders_ArriveAPlanningHorizonAfterTheyArePlaced()
    {
        var run = TestRun.Probe(BalancedGrowth(12), 40, m => (m.Clouds[0].OrderedThisTick, m.Clouds[0].Capacity));

        // Life 600: nothing retires, so capacity grows by exactly what arrives; the order of tick t ships at t + 12.
        for (var t = 1; t < run.Length - 12; t++)
        {
            var arrived = run[t + 12].Capacity - run[t + 11].Capacity;
            Assert.Equal(1, arrived / run[t].OrderedThisTick, 6);
        }
    }

    [Fact]
    public void TickZero_SupplyLineContinuesThePreTickZeroGrowthPath()
    {
        // Until the first in-model order arrives (tick 12), the fleet grows as it did before tick 0: installations at 3%
        // a month.
        var run = TestRun.Probe(BalancedGrowth(12), 13, m => m.Clouds[0].Capacity);

        for (var t = 1; t < 12; t++)
        {
            var installed = run[t] - run[t - 1];
            var before = t > 1 ? run[t - 1] - run[t - 2] : installed / (1 + Growth);
            Assert.Equal(1 + Growth, installed / before, 9);
        }
    }

    [Fact]
    public void TickZero_FirstOrderContinuesTheSupplyLine_WhenDemandGrowsSlowerThanTheFleetDid()
    {
        // The fleet grew 3% a month before tick 0, demand grows 1%: the supply line says the cloud planned for faster
        // growth than the default g_obs (background growth) would, so g_obs is the growth that line reveals
        // (docs/model.md (6.18a)) and the first in-model order, arriving at tick 12, continues the 3% path instead of
        // dropping to what 1% a month would order.
        var scenario = BalancedGrowth(12).WithClouds(c => c with { BackgroundGrowth = 0.01 });
        var run = TestRun.Probe(scenario, 14, m => (m.Clouds[0].Capacity, m.Clouds[0].Planner!.ObservedGrowth));

        var line = run[11].Capacity - run[10].Capacity;
        var first = run[12].Capacity - run[11].Capacity;
        Assert.Equal(1 + Growth, first / line, 6);
        Assert.True(run[0].ObservedGrowth > 0.01, $"revealed g_obs {run[0].ObservedGrowth}");
    }

    [Fact]
    public void TickZero_CloudWithInstallations_SupplyLineAndFirstOrderStartFromThatLevel()
    {
        // docs/model.md (I.2a) for a cloud: its reported capex, not its fleet's newest vintage, sizes the tick-0
        // installation I_0; the line delivers I_0 (1 + g)^k at tick k and the first in-model order (6.18a), arriving at
        // tick 12, continues it. I_0 is three times the vintages' own level so the two cannot be confused.
        var newest = (5 / 0.8) * (1 - (1 / (1 + Growth))) / (1 - Math.Pow(1 + Growth, -600));
        var installations = 3 * newest * (1 + Growth);
        var scenario = BalancedGrowth(12).WithClouds(c => c with { Installations = installations });

        var run = TestRun.Probe(scenario, 14, m => m.Clouds[0].Capacity);

        for (var t = 1; t < 12; t++)
        {
            Assert.Equal(1, (run[t] - run[t - 1]) / (installations * Math.Pow(1 + Growth, t)), 6);
        }

        Assert.Equal(1 + Growth, (run[12] - run[11]) / (run[11] - run[10]), 6);
    }

    [Fact]
    public void Vendor_PipelineAtTickZeroContinuesItsCapacityGrowth()
    {
        // A vendor whose capacity grew at supply_growth before tick 0 has those expansions in flight: with nothing
        // ordered in the model, its capacity keeps growing at that rate for L_v months.
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithVendors(v => v with { Supply = 100, SupplyGrowth = 0.02 })
            .WithSupply(SupplyScenarios.V1() with { VendorCapacityRule = VendorCapacityRule.Pipeline, CapacityDecay = 0 });

        var run = TestRun.Probe(scenario, 12, m => (m.Vendors[0].ProductionCapacity, m.Vendors[0].Pipeline!.Ordered.Sum()));

        Assert.Equal(0, run[^1].Item2);
        for (var t = 1; t < 9; t++)
        {
            Assert.Equal(100 * Math.Pow(1.02, t), run[t].ProductionCapacity, 9);
        }

        // The expansion ordered in the model at tick 0 (none) is the first to arrive, at tick L_v = 9.
        Assert.Equal(run[8].ProductionCapacity, run[11].ProductionCapacity, 9);
    }

    [Fact]
    public void ContractChange_IsNotReadAsGrowth()
    {
        // A take-or-pay contract that ends moves the lab's demand from covered to free; like-for-like measurement keeps
        // g_obs from jumping (docs/model.md (6.17)).
        var planner = new MarketSim.Market.Agents.CapexPlanner(SupplyScenarios.V1() with { CapexRule = CapexRule.Backlog }, 0.02);
        planner.Observe(10, 6, 0.5, 0.02);
        planner.Observe(10.2, 6, 0.5, 0.02);
        var before = planner.ObservedGrowth;
        planner.Observe(10.4, 0, 0.5, 0.02);

        Assert.InRange(planner.ObservedGrowth, before - 0.05, before + 0.05);
    }
}
