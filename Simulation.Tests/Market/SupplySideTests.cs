using MarketSim.Market;
using MarketSim.Market.Events;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>The v2 supply side (docs/model.md 3.3.6-3.3.7a): user-cost price, backlog capex, vendor pipeline, outside fleets.</summary>
public sealed class SupplySideTests
{
    [Fact]
    public void UserCostPrice_NearlyConstantTarget_ConvergesGeometricallyAtRateKappa()
    {
        // Flat demand keeps utilisation, hence p*, nearly constant (only the tick-0 fleet's 1/life retirement moves it):
        // each month closes kappa of the gap, so p_t - p* = (1 - kappa)^(t+1) (p_0 - p*) (MODEL.md 8.6 item 9).
        const double kappa = 0.15;
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { OperatingCostPerCU = 0.2 })
            .WithSupply(SupplyScenarios.V1() with { PriceRule = PriceRule.UserCost, PriceAdjustmentRate = kappa, UtilisationResponse = 2 });

        var price = TestRun.Probe(scenario, 20, m => (m.Clouds[0].Price, m.Clouds[0].Pricing!.TargetPrice));

        const double start = 2.0;
        Assert.True(Math.Abs(start - price[0].TargetPrice) > 0.5);
        Assert.Equal(start + (kappa * (price[0].TargetPrice - start)), price[0].Price, 12);
        for (var t = 1; t < price.Length; t++)
        {
            Assert.Equal(price[t - 1].Price + (kappa * (price[t].TargetPrice - price[t - 1].Price)), price[t].Price, 12);
            var gap = price[t].Price - price[t].TargetPrice;
            var geometric = Math.Pow(1 - kappa, t + 1) * (start - price[0].TargetPrice);
            Assert.Equal(1, gap / geometric, 2);
        }
    }

    [Fact]
    public void UserCostPrice_AtTickZero_SolvesTheMarkupSoTheTargetIsTheObservedPriceAtTargetUtilisation()
    {
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { OperatingCostPerCU = 0.2 })
            .WithSupply(SupplyScenarios.V1() with { PriceRule = PriceRule.UserCost });

        var cloud = TestRun.Probe(scenario, 1, m => m.Clouds[0])[0];

        var p = cloud.Parameters;
        Assert.Equal(p.Price, (1 + cloud.Pricing!.Markup) * cloud.Pricing.UserCost / p.TargetUtilisation, 10);
        // q_new = price * 1000 / CU per unit * (1 + f) = 0.03 * 1000 / 2 = 15; UC = 15 (0.08/12 + 1/600) + 0.2.
        Assert.Equal((15 * ((0.08 / 12) + (1.0 / 600))) + 0.2, cloud.Pricing.UserCost, 12);
    }

    [Fact]
    public void UserCostPrice_InAGlut_NeverFallsBelowCashOperatingCost()
    {
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { OperatingCostPerCU = 1.5 })
            .WithSupply(SupplyScenarios.V1() with { PriceRule = PriceRule.UserCost, UtilisationResponse = 10, PriceAdjustmentRate = 1 })
            .With(new PriceWar(2, null, 0.9, null));

        var prices = TestRun.Probe(scenario, 12, m => m.Clouds[0].Price);

        Assert.All(prices, p => Assert.True(p >= 1.5 - 1e-12, $"price {p}"));
        Assert.Equal(1.5, prices[^1], 9);
    }

    [Fact]
    public void PriceWar_UnderUserCost_CutsTheMarkupForItsMonths()
    {
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { OperatingCostPerCU = 0.2 })
            .WithSupply(SupplyScenarios.V1() with { PriceRule = PriceRule.UserCost, UtilisationResponse = 0 })
            .With(new PriceWar(3, null, 0.3, 4));

        var target = TestRun.Probe(scenario, 10, m => m.Clouds[0].Pricing!.TargetPrice);

        Assert.Equal(target[2] * 0.7, target[3], 10);
        Assert.Equal(target[2] * 0.7, target[6], 10);
        Assert.Equal(target[2], target[7], 10);
    }

    [Fact]
    public void BacklogCapex_CloudWithAContractStartingLater_OrdersAheadOfIt()
    {
        // The contract starts at tick 8 and needs 20 CU a month (40 / price 2) against a 10 CU fleet; demand is flat.
        var contract = new ContractParameters("big", TestScenarios.LabId(0), TestScenarios.CloudA, 40 * 24, 8, 24);
        var capex = SupplyScenarios.V1() with
        {
            CapexRule = CapexRule.Backlog,
            CreditLines = new Dictionary<string, double> { [TestScenarios.CloudA] = 1e6 },
        };
        var with = TestScenarios.Quiet(customers: 1_000).WithSupply(capex).With(contract);
        var without = TestScenarios.Quiet(customers: 1_000).WithSupply(capex);

        var ordered = TestRun.Probe(with, 8, m => m.Clouds[0].OrderedThisTick);
        var baseline = TestRun.Probe(without, 8, m => m.Clouds[0].OrderedThisTick);

        // Without the contract the cloud only continues its tick-0 supply line (docs/model.md (6.18a)): the replacement
        // of an evenly aged fleet, capacity / life a month.
        var cloud = without.Clouds[0];
        Assert.True(ordered[0] > 0, $"tick-0 order {ordered[0]}");
        Assert.True(ordered.Sum() > 5, $"orders before the contract starts {ordered.Sum()}");
        Assert.All(baseline, o => Assert.InRange(o, 0, cloud.Capacity / cloud.Life * 1.001));
    }

    [Fact]
    public void BacklogCapex_ContractSignedLater_IsUnknownUntilSignedAndPlannedFromThen()
    {
        // The same contract as above, signed at tick 4: before then the cloud orders exactly as without it (it has no
        // backlog to plan on), and from the signing month it orders ahead of the start at tick 8.
        var contract = new ContractParameters("big", TestScenarios.LabId(0), TestScenarios.CloudA, 40 * 24, 8, 24, SignedTick: 4);
        var capex = SupplyScenarios.V1() with
        {
            CapexRule = CapexRule.Backlog,
            CreditLines = new Dictionary<string, double> { [TestScenarios.CloudA] = 1e6 },
        };
        var signed = TestScenarios.Quiet(customers: 1_000).WithSupply(capex).With(contract);
        var without = TestScenarios.Quiet(customers: 1_000).WithSupply(capex);

        var ordered = TestRun.Probe(signed, 8, m => (m.Clouds[0].OrderedThisTick, Contracts: m.Exchange.Contracts.Count));
        var baseline = TestRun.Probe(without, 8, m => m.Clouds[0].OrderedThisTick);

        for (var t = 0; t < 4; t++)
        {
            Assert.Equal(0, ordered[t].Contracts);
            Assert.Equal(baseline[t], ordered[t].OrderedThisTick, 12);
        }

        Assert.All(ordered[4..], o => Assert.Equal(1, o.Contracts));
        Assert.True(ordered[4].OrderedThisTick > baseline[4] + 1, $"order at signing {ordered[4].OrderedThisTick} against {baseline[4]}");
    }

    [Fact]
    public void BacklogCapex_ContractedLabsDemand_IsPlannedOnceNotAlsoExtrapolatedAsFreeDemand()
    {
        // Lab 0 holds a small contract starting at tick 3 (inside the 12-month horizon); lab 1 none. The cloud plans
        // lab 0 at max(its contract ahead, its demand now) and extrapolates only lab 1's and background demand
        // (docs/model.md (6.19a)); without the contract both labs are extrapolated.
        var contract = new ContractParameters("small", TestScenarios.LabId(0), TestScenarios.CloudA, 0.01 * 24, 3, 24);
        var capex = SupplyScenarios.V1() with
        {
            CapexRule = CapexRule.Backlog,
            CreditLines = new Dictionary<string, double> { [TestScenarios.CloudA] = 1e6 },
        };
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { BackgroundGrowth = 0.05 })
            .WithSupply(capex)
            .With(contract);

        var tick0 = TestRun.Probe(scenario, 1, m =>
        {
            var cloud = m.Clouds[0];
            m.Labs[0].TryGetRequest(0, out var labDemand);
            return (cloud.Demand, labDemand, cloud.Planner!.TargetCapacity, cloud.Planner.PlannedGrowth, cloud.Parameters.TargetUtilisation);
        })[0];

        Assert.True(tick0.labDemand > 0.01 / 2 && tick0.labDemand < tick0.Demand, $"lab demand {tick0.labDemand} of {tick0.Demand}");
        Assert.True(tick0.PlannedGrowth > 0.01, $"planned growth {tick0.PlannedGrowth}");
        var growth = Math.Pow(1 + tick0.PlannedGrowth, capex.PlanningHorizon);
        var expected = (tick0.labDemand + ((tick0.Demand - tick0.labDemand) * growth)) / tick0.TargetUtilisation;
        Assert.Equal(expected, tick0.TargetCapacity, 9);
    }

    [Fact]
    public void BacklogCapex_OrdersAreBoundedByCashPlusCreditLine()
    {
        var contract = new ContractParameters("big", TestScenarios.LabId(0), TestScenarios.CloudA, 40 * 24, 8, 24);
        // The vendor ships nothing, so the cloud's cash after the tick is its cash when it ordered; with no fleet the
        // cloud has no supply line from before tick 0 to pay for.
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { Capacity = 0 })
            .WithVendors(v => v with { Supply = 0 })
            .WithSupply(SupplyScenarios.V1() with { CapexRule = CapexRule.Backlog, CreditLines = new Dictionary<string, double> { [TestScenarios.CloudA] = 5 } })
            .With(contract);

        var cloud = TestRun.Probe(scenario, 1, m => (m.Clouds[0].OrderedThisTick, m.Clouds[0].OpenOrderValue, m.Clouds[0].Cash))[0];

        // Cash plus a line of 5 buys (cash + 5) / q_new, with q_new = 0.03 * 1000 / 2 = 15 per CU.
        Assert.Equal((cloud.Cash + 5) / 15, cloud.OrderedThisTick, 9);
        Assert.Equal(cloud.Cash + 5, cloud.OpenOrderValue, 9);
    }

    [Fact]
    public void BacklogCapex_WhenDemandStalls_CapexShrinksAndTheSupplyLineDrains()
    {
        // Background demand grows 12% a month, the growth halving every 4 months: orders swell, then collapse as growth
        // stalls, while capacity ordered in the boom is still arriving L_p = 12 months later (the bullwhip).
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { Capacity = 1.2, BackgroundDemand = 1, BackgroundGrowth = 0.12, BackgroundGrowthHalfLife = 4, ForecastSmoothing = 0.5 })
            .WithVendors(v => v with { Supply = 60 })
            .WithSupply(SupplyScenarios.V1() with
            {
                CapexRule = CapexRule.Backlog,
                DemandWeight = 1,
                CreditLines = new Dictionary<string, double> { [TestScenarios.CloudA] = 1e6 },
            });

        var run = TestRun.Probe(scenario, 60, m => (m.Clouds[0].OrderedThisTick, m.Clouds[0].OnOrder, m.Clouds[0].ChipCapex));

        var peak = run.Select(r => r.OrderedThisTick).Max();
        var peakTick = Array.FindIndex(run, r => r.OrderedThisTick == peak);
        var peakOnOrder = run.Select(r => r.OnOrder).Max();
        Assert.True(peakTick < 24, $"orders peak at tick {peakTick}");
        Assert.True(run[^6..].All(r => r.OrderedThisTick < 0.5 * peak), "orders shrink after the stall");
        Assert.True(run[^1].OnOrder < 0.5 * peakOnOrder, $"supply line {run[^1].OnOrder} against a peak of {peakOnOrder}");
        Assert.True(run[^6..].Sum(r => r.ChipCapex) < run.Max(r => r.ChipCapex) * 6 * 0.5, "capex shrinks");
    }

    [Fact]
    public void Pipeline_ArrivalsEqualTheExpansionsOrderedLeadTimeEarlier()
    {
        const int lead = 3;
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { Capacity = 0.2, Life = 6, BackgroundDemand = 0.5, BackgroundGrowth = 0.05, BackgroundGrowthHalfLife = 1e9 })
            .WithVendors(v => v with { Supply = 1 })
            .WithSupply(SupplyScenarios.V2() with { VendorLeadTime = lead });

        var run = TestRun.Probe(scenario, 24, m => (m.Vendors[0].ProductionCapacity, m.Vendors[0].Shipped, m.Vendors[0].Supply));
        var market = new MarketModel(scenario, 0, 3);
        for (var t = 0; t < 24; t++)
        {
            TestRun.StepChecked(market);
        }

        var pipe = market.Vendors[0].Pipeline!;
        Assert.True(pipe.Ordered.Sum() > 0);
        for (var t = 0; t < 24; t++)
        {
            Assert.Equal(t >= lead ? pipe.Ordered[t - lead] : 0, pipe.Arrived[t], 12);
        }

        for (var t = 1; t < 24; t++)
        {
            var idle = 1 - (run[t - 1].Shipped / run[t - 1].Supply);
            Assert.Equal((run[t - 1].ProductionCapacity * (1 - (0.03 * idle))) + pipe.Arrived[t], run[t].ProductionCapacity, 9);
        }
    }

    [Fact]
    public void SupplySection_WithEveryRuleAtItsV1Value_ReproducesV1()
    {
        var v1 = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { Capacity = 0.5, Life = 12, BackgroundDemand = 0.5, BackgroundGrowth = 0.05, BackgroundGrowthHalfLife = 12, PriceAdjustment = 0.1, Headroom = 0.1 })
            .WithVendors(v => v with { Supply = 20, SupplyGrowth = 0.04, PriceAdjustment = 0.02, OtherDemand = 1 });
        var v2 = v1.WithSupply(SupplyScenarios.V1());

        static (double, double, double, double, double) Probe(MarketModel m) =>
            (m.Clouds[0].Price, m.Clouds[0].Capacity, m.Vendors[0].Supply, m.Vendors[0].Price, m.Ledger.Accounts.Sum(a => Math.Abs(a.Balance)));

        Assert.Equal(TestRun.Probe(v1, 36, Probe), TestRun.Probe(v2, 36, Probe));
    }

    [Fact]
    public void OutsideFleet_SolvedDemandShare_LeavesTheCloudsTheTargetShareOfTickZeroOrders()
    {
        // Under the forecast rule orders ship at once, so tick-0 orders are what the vendor ships.
        var contract = new ContractParameters("big", TestScenarios.LabId(0), TestScenarios.CloudA, 40 * 24, 8, 24);
        var supply = SupplyScenarios.V2() with { CapexRule = CapexRule.Forecast, OutsideFleets = [SupplyScenarios.Fleet("sovereign", 5, null, cloudShareTarget: 0.4)] };
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { BackgroundDemand = 12, BackgroundGrowth = 0.05 })
            .WithSupply(supply)
            .With(contract);

        var market = new MarketModel(scenario, 0, 3);
        TestRun.StepChecked(market);

        var cloud = market.Clouds[0].OrderedThisTick;
        var fleet = market.SupplySide.Fleets[0];
        Assert.True(cloud > 0);
        Assert.Equal(0.4, cloud / (cloud + fleet.OrderedThisTick), 9);
        Assert.True(fleet.DemandShare > 0);
        Assert.Equal(fleet.DemandShare * market.Clouds[0].Demand, fleet.Demand, 12);
    }

    // The newest tick-0 vintage of the 5 M CU, 600-month fleets below, whose installations grew 5% a month (I.1).
    private static readonly double NewestVintage = 5 * (1 - (1 / 1.05)) / (1 - Math.Pow(1.05, -600));

    // One cloud with a flat background of 4 and one outside fleet, under the v2 supply rules (delivery at L_p = 12).
    private static ScenarioParameters WithOneFleet(OutsideFleetParameters fleet) => TestScenarios.Quiet(customers: 1_000)
        .WithClouds(c => c with { BackgroundDemand = 4 })
        .WithSupply(SupplyScenarios.V2() with { OutsideFleets = [fleet] });

    [Fact]
    public void OutsideFleet_WithADeliveryLag_SolvedDemandShareUsesTheFleetAtItsTargetAndItsFirstOrderContinuesTheLine()
    {
        // Orders placed at tick 0 ship L_p = 12 months later; the months before are the supply line the fleet had. The
        // solved demand uses the tick-0 fleet at u* (docs/model.md (7.12b)) and the growth that line reveals (6.18a)
        // makes the first order the installation that continues the pre-tick-0 growth.
        var fleet = SupplyScenarios.Fleet("sovereign", 5, null) with { FleetGrowth = 0.05 };
        var scenario = WithOneFleet(fleet);

        var market = new MarketModel(scenario, 0, 3);
        TestRun.StepChecked(market);

        var solved = market.SupplySide.Fleets[0];
        Assert.Equal(0.8 * 5, solved.Demand, 9);
        Assert.Equal(0.8 * 5 / market.Clouds[0].Demand, solved.DemandShare, 12);
        var newest = NewestVintage;
        var growthPath = newest * Math.Pow(1.05, 13);
        Assert.Equal(growthPath, solved.OrderedThisTick, 9);
        var line = Enumerable.Range(0, 12).Sum(k => newest * Math.Pow(1.05, k + 1));
        Assert.Equal(line + growthPath, solved.OnOrder + solved.Capacity - 5, 9);
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(1.0)]
    [InlineData(1.3)]
    public void OutsideFleet_WithADeliveryLagAndAGivenDemandShare_FirstOrderContinuesTheLine(double demandShare)
    {
        // A fleet whose mu the scenario gives (the self-builders) has a supply line too: the plan it made before tick 0.
        // Whatever its demand against its fleet, the growth the line reveals makes its first order the line's next
        // installation (docs/model.md (6.18a)); at the default g_obs it ordered nothing at a demand below its fleet.
        var fleet = SupplyScenarios.Fleet("self", 5, demandShare) with { FleetGrowth = 0.05 };
        var scenario = WithOneFleet(fleet);

        var market = new MarketModel(scenario, 0, 3);
        TestRun.StepChecked(market);

        var newest = NewestVintage;
        // Relative: the revealed growth is a bisection root, found to 1e-10.
        Assert.Equal(1, market.SupplySide.Fleets[0].OrderedThisTick / (newest * Math.Pow(1.05, 13)), 8);
    }

    [Fact]
    public void OutsideFleet_WithInstallations_SupplyLineAndFirstOrderStartFromThatLevel()
    {
        // docs/model.md (I.2a): a residual buyer whose tick-0 installation the vendors' shipments size, not its fleet's
        // newest vintage. The supply line is I_0 (1 + g)^k for k = 0..11 and the solved first order continues it.
        var fleet = SupplyScenarios.Fleet("sovereign", 5, null) with { FleetGrowth = 0.05, Installations = 1.5 };
        var scenario = WithOneFleet(fleet);

        var run = TestRun.Probe(scenario, 3, m => (m.SupplySide.Fleets[0].Capacity, m.SupplySide.Fleets[0].OrderedThisTick, m.SupplySide.Fleets[0].OnOrder));

        var newest = NewestVintage;
        Assert.True(1.5 > 6 * newest, "the test needs a level far from the vintages' own");
        Assert.Equal(1.5 * Math.Pow(1.05, 12), run[0].OrderedThisTick, 9);
        var line = Enumerable.Range(0, 12).Sum(k => 1.5 * Math.Pow(1.05, k));
        Assert.Equal(line + run[0].OrderedThisTick, run[0].OnOrder + run[0].Capacity - 5, 9);
        // What arrives at ticks 1 and 2 is the line's next two months (a 600-month fleet retires nothing yet).
        Assert.Equal(1.5 * 1.05, run[1].Capacity - run[0].Capacity, 9);
        Assert.Equal(1.5 * 1.05 * 1.05, run[2].Capacity - run[1].Capacity, 9);
    }

    [Fact]
    public void OutsideFleet_WithInstallations_TheVendorShipsThemAtTickZero()
    {
        // The residual buyer's installation is the vendor's tick-0 shipments less everyone else's: doubling it adds
        // exactly its extra CU, at the vendor's price, to the vendor's tick-0 fleet revenue.
        ScenarioParameters With(double installations) => TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { BackgroundDemand = 4 })
            .WithVendors(v => v with { Supply = 1e6 })
            .WithSupply(SupplyScenarios.V2() with { OutsideFleets = [SupplyScenarios.Fleet("sovereign", 5, null) with { FleetGrowth = 0.05, Installations = installations }] });

        var one = TestRun.Probe(With(0.2), 1, m => (m.Vendors[0].FleetRevenue, m.Vendors[0].Parameters.Price / m.Vendors[0].ComputePerUnit * 1000))[0];
        var two = TestRun.Probe(With(0.4), 1, m => m.Vendors[0].FleetRevenue)[0];

        Assert.Equal(0.2 * one.Item2, two - one.FleetRevenue, 9);
    }

    [Fact]
    public void OutsideFleet_ChipsArePaidByOtherChipBuyersAndEqualVendorFleetRevenue()
    {
        var supply = SupplyScenarios.V2() with { OutsideFleets = [SupplyScenarios.Fleet("self", 0.1, 2)] };
        var scenario = TestScenarios.Quiet(customers: 1_000)
            .WithClouds(c => c with { BackgroundDemand = 4, BackgroundGrowth = 0.05, BackgroundGrowthHalfLife = 1e9 })
            .WithSupply(supply);

        var run = TestRun.Probe(scenario, 12, m => (m.SupplySide.FleetChipCapex, m.Vendors[0].FleetRevenue, m.Ledger.KindTotal(global::MarketSim.Market.Money.FlowKind.OtherChipSales)));

        Assert.True(run.Sum(r => r.FleetChipCapex) > 0);
        Assert.All(run, r => Assert.Equal(r.FleetRevenue, r.FleetChipCapex, 12));
        Assert.All(run, r => Assert.Equal(r.FleetChipCapex, r.Item3, 12));
    }
}
