using MarketSim.Market;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>v2 captive and other-ai workloads (docs/model.md 3.3.2c): the v1 docking, the transfer price, serve order and elasticity.</summary>
public sealed class CloudWorkloadsTests
{
    private static readonly TaskDemandParameters Frozen = new(
        TokensExponent: 0, MaxTokensPerTask: 50, UnlockWidth: 0.3, ShareInUse: 0.5, Adjustment: 0, SpendCeiling: 1200);

    private static readonly WorkloadParameters Inelastic = new(CaptiveElasticity: 0, OtherAiElasticity: 0);

    // One lab, one cloud with a v1 background of 2 M CU, half of it captive on the lab's models.
    private static ScenarioParameters Market(double background = 2, double captiveShare = 0.5, WorkloadParameters? workloads = null, TaskDemandParameters? tasks = null) =>
        TaskDemandTests.WithTaskDemand(TestScenarios.Quiet(customers: 2_000, labs: 1), tasks ?? Frozen)
            .WithClouds(c => c with { BackgroundDemand = background, CaptiveShare = captiveShare, CaptiveLab = TestScenarios.LabId(0) })
            is var s && workloads is not null ? s with { Market = s.Market with { Workloads = workloads } } : s;

    private static ScenarioParameters On(ScenarioParameters s, WorkloadParameters? w = null) => s with { Market = s.Market with { Workloads = w ?? Inelastic } };

    private static MarketModel Run(ScenarioParameters scenario, int ticks, Action<MarketModel>? afterTick = null)
    {
        var market = new MarketModel(scenario, 0, 7);
        for (var t = 0; t < ticks; t++)
        {
            market.Step();
            Assert.Empty(InvariantChecker.Check(market));
            afterTick?.Invoke(market);
        }

        return market;
    }

    [Fact]
    public void NoCaptiveInelasticFrozen_ReproducesV1BackgroundLedger()
    {
        // Docking (MODEL.md 8.6 item 9): with no captive share, eta 0, tokens per task fixed (theta 0), no unlock
        // (nu 0) and no efficiency gains (H = 1e12 months: 2^(-t/H) differs from 1 by 1e-12 t), other-ai asks for the
        // v1 background (growth 0) at list, so every firm's revenue and cash follow the v1 ledger; only the payer's
        // name and the kind change.
        var v1 = new MarketModel(Market(captiveShare: 0), 0, 7);
        var v2 = new MarketModel(On(Market(captiveShare: 0)), 0, 7);
        for (var t = 0; t < 12; t++)
        {
            v1.Step();
            v2.Step();
            Assert.Empty(InvariantChecker.Check(v2));
            Assert.Equal(v1.Ledger.KindTotal(FlowKind.BackgroundCompute), v2.Clouds[0].OtherAiRevenue, 1e-10);
            Assert.Equal(0, v2.Ledger.KindTotal(FlowKind.BackgroundCompute));
            foreach (var (a, b) in v1.Firms().Zip(v2.Firms()))
            {
                Assert.Equal(a.Revenue, b.Revenue, 1e-10);
                Assert.Equal(a.Cash, b.Cash, 1e-9);
            }
        }
    }

    [Fact]
    public void Captive_PaysTransferPriceTimesServed_FromParent()
    {
        var scenario = On(Market());
        var u = scenario.Clouds[0].TargetUtilisation;
        var previous = 0.0;
        Run(scenario, 12, market =>
        {
            var cloud = market.Clouds[0];
            var parent = market.Ledger["parent:" + cloud.FirmId];
            var paid = -parent.Total - previous;
            previous = -parent.Total;
            // v1 pricing: the transfer price is the fleet's book user cost over u* (docs/model.md (2.14)).
            Assert.Equal(cloud.BookUserCost() / u, market.Workloads!.TransferPrice(0), 12);
            Assert.True(cloud.CaptiveServed > 0);
            Assert.Equal(cloud.CaptiveServed * market.Workloads.TransferPrice(0), paid, 12);
            Assert.Equal(paid, cloud.CaptiveRevenue, 12);
            Assert.Equal(paid, market.Ledger.KindTotal(FlowKind.InternalCompute), 12);
            Assert.True(market.Workloads.TransferPrice(0) < cloud.Price);
        });
    }

    [Fact]
    public void Captive_UnderUserCostPricing_PaysLastMonthsUserCostOverTargetUtilisation()
    {
        var scenario = On(Market()).WithSupply(SupplyScenarios.V2());
        var u = scenario.Clouds[0].TargetUtilisation;
        var userCost = double.NaN;
        Run(scenario, 8, market =>
        {
            var cloud = market.Clouds[0];
            if (!double.IsNaN(userCost))
            {
                Assert.Equal(userCost / u, market.Workloads!.TransferPrice(0), 12);
            }

            userCost = cloud.Pricing!.UserCost;
            Assert.Equal(cloud.CaptiveServed * market.Workloads!.TransferPrice(0), cloud.CaptiveRevenue, 12);
        });
    }

    [Fact]
    public void TickZero_SplitsTheBackgroundByCaptiveShare()
    {
        var market = Run(On(Market(background: 2, captiveShare: 0.7)), 1);

        Assert.Equal(1.4, market.Workloads!.CaptiveRequested(0), 12);
        Assert.Equal(0.6, market.Workloads.OtherAiRequested(0), 12);
        Assert.Equal(0.6 * market.Clouds[0].Price, market.Clouds[0].OtherAiRevenue, 12);
    }

    [Fact]
    public void Captive_CapacityShort_IsServedBeforeProRataRationing()
    {
        // The lab asks for about 0.7 M CU, the captive products for 1, other-ai for 1; capacity 1.5 serves the
        // captive request in full and rations the lab and other-ai at the same fraction (docs/model.md (2.16)).
        var scenario = On(Market(background: 2, captiveShare: 0.5)).WithClouds(c => c with { Capacity = 1.5 });
        var market = Run(scenario, 1);
        var cloud = market.Clouds[0];
        var lab = market.Labs[0];
        var otherAiServed = cloud.OtherAiRevenue / cloud.Price / market.Workloads!.OtherAiRequested(0);

        Assert.Equal(market.Workloads.CaptiveRequested(0), cloud.CaptiveServed, 12);
        Assert.True(otherAiServed < 1);
        Assert.Equal(lab.ServedFraction(0), otherAiServed, 9);
        Assert.Equal(1.5, cloud.ServedCompute, 9);
    }

    [Fact]
    public void Captive_CapacityBelowCaptive_StillYieldsToCommittedLabs()
    {
        // A committed lab (take-or-pay) is served first; the captive products get what is left.
        var scenario = On(Market(background: 2, captiveShare: 0.5)).WithClouds(c => c with { Capacity = 1.0 })
            .With(new ContractParameters("c", TestScenarios.LabId(0), TestScenarios.CloudA, 1, 0, 12));
        var market = Run(scenario, 1);
        var cloud = market.Clouds[0];
        var labServed = cloud.ServedCompute - cloud.CaptiveServed;

        Assert.Equal(1, market.Labs[0].ServedFraction(0), 12);
        Assert.Equal(1.0 - labServed, cloud.CaptiveServed, 9);
        Assert.Equal(0, cloud.OtherAiRevenue, 12);
    }

    private static double[] Series(ScenarioParameters s, int ticks, Func<MarketModel, double> measure)
    {
        var values = new List<double>();
        Run(s, ticks, m => values.Add(measure(m)));
        return [.. values];
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(0.6)]
    public void OtherAi_PriceStepWithUnlockOff_HasSpendElasticityOneMinusEta(double eta)
    {
        // Docking (MODEL.md 8.6 item 9) for the other-ai segment: spend = x (e p tau / c_ref)^-eta tau e p, so a
        // list-price step by s (a price war at tick 3) moves it by s^(1 - eta) while x is fixed (nu 0).
        var scenario = On(Market(captiveShare: 0), new WorkloadParameters(CaptiveElasticity: 1.1, OtherAiElasticity: eta));
        var step = 0.8;
        var control = Series(scenario, 6, m => m.Clouds[0].OtherAiRevenue);
        var cheaper = Series(scenario.With(new MarketSim.Market.Events.PriceWar(3, null, 1 - step)), 6, m => m.Clouds[0].OtherAiRevenue);

        Assert.Equal(control[2], cheaper[2], 12);
        for (var t = 3; t < control.Length; t++)
        {
            Assert.Equal(1 - eta, Math.Log(cheaper[t] / control[t]) / Math.Log(step), 9);
        }
    }

    [Theory]
    [InlineData(1.4)]
    [InlineData(0.7)]
    public void Captive_EfficiencyStep_MovesComputeByTheFactorToTheOneMinusEta(double eta)
    {
        // The captive cost of a task is e_j TP tau_j and its compute tasks tau_j e_j: a step f in compute per WU
        // (efficiency shock at tick 3, TP fixed under v1 pricing with a fixed fleet) moves both by f^(1 - eta).
        var scenario = On(Market(), new WorkloadParameters(CaptiveElasticity: eta, OtherAiElasticity: 0));
        var f = 0.5;
        var control = Series(scenario, 6, m => m.Clouds[0].CaptiveRevenue);
        var shocked = Series(scenario.With(new MarketSim.Market.Events.EfficiencyShock(3, f)), 6, m => m.Clouds[0].CaptiveRevenue);

        Assert.Equal(control[2], shocked[2], 12);
        for (var t = 3; t < control.Length; t++)
        {
            Assert.Equal(1 - eta, Math.Log(shocked[t] / control[t]) / Math.Log(f), 9);
        }
    }

    [Fact]
    public void Unlock_FrontierFixed_CaptiveTasksApproachTheirTickZeroTargetGeometrically()
    {
        // With K_F = K_0, x* = X Lambda(K_0) = x(0) / psi, as for the customer segments (2.8), (2.15).
        var tasks = Frozen with { Adjustment = 0.05 };
        var x = new List<double>();
        Run(On(Market(tasks: tasks)), 13, m => x.Add(m.Workloads!.CaptiveTasks(0)));
        var target = x[0] / tasks.ShareInUse;
        for (var t = 1; t < x.Count; t++)
        {
            Assert.Equal(target + ((x[0] - target) * Math.Pow(1 - tasks.Adjustment, t)), x[t], 1e-12 * target);
        }
    }

    [Fact]
    public void FollowAdoption_RequestsGrowWithTheCustomersAdopters_AndStayPutWithoutIt()
    {
        // (2.15a): with tasks frozen, eta 0, theta 0 and no efficiency gains, each segment asks for its tick-0 compute
        // times A(t) / A(t0); with the switch off, MODEL.md 8.4.2's segments ask for the same compute every month. The
        // tolerance is 1e-10 because the quiet market's halving time of 1e12 months moves intensity by 1e-12 a month.
        var scenario = Market().WithSegments(s => s with { InitialAdopted = 0.2 });
        var followed = new List<(double Captive, double OtherAi, int Adopted)>();
        Run(On(scenario), 12, m => followed.Add((m.Workloads!.CaptiveRequested(0), m.Workloads.OtherAiRequested(0), m.Totals.AdoptedCustomers)));
        var unfollowed = new List<(double Captive, double OtherAi)>();
        Run(On(scenario, Inelastic with { FollowAdoption = false }), 12, m => unfollowed.Add((m.Workloads!.CaptiveRequested(0), m.Workloads.OtherAiRequested(0))));

        var first = followed[0];
        Assert.True(followed[^1].Adopted > 1.5 * first.Adopted, $"adopters {first.Adopted} -> {followed[^1].Adopted}");
        for (var t = 1; t < followed.Count; t++)
        {
            var reach = (double)followed[t].Adopted / first.Adopted;
            Assert.Equal(first.Captive * reach, followed[t].Captive, 1e-10 * first.Captive * reach);
            Assert.Equal(first.OtherAi * reach, followed[t].OtherAi, 1e-10 * first.OtherAi * reach);
            Assert.Equal(unfollowed[0].Captive, unfollowed[t].Captive, 1e-10 * unfollowed[0].Captive);
            Assert.Equal(unfollowed[0].OtherAi, unfollowed[t].OtherAi, 1e-10 * unfollowed[0].OtherAi);
        }

        Assert.Equal(unfollowed[0].Captive, first.Captive, 12);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0)]
    public void ReachExponent_RequestsGrowWithThePowerOfTheAdopters(double rho)
    {
        // (2.15a) with rho: in the same frozen market as above, each segment asks for its tick-0 compute times
        // (A(t) / A(t0))^rho; rho 0 asks for the same compute every month, as reach switched off does.
        var scenario = Market().WithSegments(s => s with { InitialAdopted = 0.2 });
        var runs = new List<(double Captive, double OtherAi, int Adopted)>();
        Run(On(scenario, Inelastic with { ReachExponent = rho }), 12, m => runs.Add((m.Workloads!.CaptiveRequested(0), m.Workloads.OtherAiRequested(0), m.Totals.AdoptedCustomers)));

        var first = runs[0];
        Assert.True(runs[^1].Adopted > 1.5 * first.Adopted, $"adopters {first.Adopted} -> {runs[^1].Adopted}");
        for (var t = 1; t < runs.Count; t++)
        {
            var reach = Math.Pow((double)runs[t].Adopted / first.Adopted, rho);
            Assert.Equal(first.Captive * reach, runs[t].Captive, 1e-10 * first.Captive * reach);
            Assert.Equal(first.OtherAi * reach, runs[t].OtherAi, 1e-10 * first.OtherAi * reach);
        }
    }

    [Fact]
    public void Valuation_LeavesCaptiveWorkloadsWithTheParent()
    {
        var market = Run(On(Market()), 3);
        var cloud = market.Clouds[0];

        Assert.Equal(cloud.Revenue - cloud.CaptiveRevenue, cloud.ExternalRevenue, 12);
        Assert.Equal(cloud.Profit - cloud.CaptiveRevenue + (cloud.Costs * cloud.CaptiveServed / cloud.ServedCompute), cloud.ExternalProfit, 12);
    }
}
