using MarketSim.Market;
using MarketSim.Market.Events;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>Each event kind against a control run with the same seed.</summary>
public sealed class MarketEventTests
{
    private const int At = 3;
    private const int Ticks = 9;

    private static ScenarioParameters Control() => TestScenarios.Quiet(customers: 4_000, labs: 2);

    private static (T[] Control, T[] Treated) Compare<T>(ScenarioParameters control, ScenarioParameters treated, Func<MarketModel, T> probe) =>
        (TestRun.Probe(control, Ticks, probe), TestRun.Probe(treated, Ticks, probe));

    [Fact]
    public void EfficiencyShock_HalvesComputePerWU_LabPricesHalveFromItsTick()
    {
        var (control, treated) = Compare(Control(), Control().With(new EfficiencyShock(At, 0.5)), m => (m.Intensity(m.Labs[0]), m.Labs[0].Price, m.Labs[1].Price));

        for (var t = 0; t < Ticks; t++)
        {
            var factor = t < At ? 1 : 0.5;
            Assert.Equal(factor, treated[t].Item1 / control[t].Item1, 12);
            Assert.Equal(factor, treated[t].Item2 / control[t].Item2, 12);
            Assert.Equal(factor, treated[t].Item3 / control[t].Item3, 12);
        }
    }

    [Fact]
    public void FundingFreeze_ForSomeMonths_SentimentAndFundingPoolFallThenRecover()
    {
        const int Months = 3;
        var (control, treated) = Compare(Control(), Control().With(new FundingFreeze(At, Months, 0.2)), m => (m.Sentiment, m.Funding.PoolLeft));

        Assert.All(control, c => Assert.Equal(1, c.Sentiment, 12));
        for (var t = 0; t < At; t++)
        {
            Assert.Equal(1, treated[t].Sentiment, 12);
        }

        // ln S <- rho ln S - shock during the freeze, then decays back towards 0.
        Assert.Equal(Math.Exp(-0.2), treated[At].Sentiment, 12);
        for (var t = At + 1; t < At + Months; t++)
        {
            Assert.True(treated[t].Sentiment < treated[t - 1].Sentiment, $"tick {t}: sentiment keeps falling during the freeze");
        }

        for (var t = At + Months; t < Ticks; t++)
        {
            Assert.True(treated[t].Sentiment > treated[t - 1].Sentiment && treated[t].Sentiment < 1, $"tick {t}: sentiment recovers after the freeze");
        }

        // The pool refilled at the start of tick t scales with the sentiment left by tick t - 1.
        for (var t = At + 1; t < Ticks; t++)
        {
            Assert.Equal(treated[t - 1].Sentiment, treated[t].PoolLeft / control[t].PoolLeft, 12);
        }
    }

    [Fact]
    public void SupplyShock_ForSomeMonths_VendorSupplyScaledThenRestored()
    {
        const int Months = 4;
        var (control, treated) = Compare(Control(), Control().With(new SupplyShock(At, TestScenarios.VendorA, 0.25, Months)), m => m.Vendors[0].Supply);

        for (var t = 0; t < Ticks; t++)
        {
            var factor = t >= At && t < At + Months ? 0.25 : 1;
            Assert.Equal(factor, treated[t] / control[t], 12);
        }
    }

    [Fact]
    public void SupplyShock_WhenOrdersExceedSupply_ShipmentsFallAndBacklogBuilds()
    {
        // A cloud short of capacity orders more than the shocked vendor can ship.
        var tight = Control().WithClouds(c => c with { Capacity = 0.2, Life = 6, BackgroundDemand = 0.5, Headroom = 0.2 });
        var (control, treated) = Compare(tight, tight.With(new SupplyShock(0, null, 1e-3, null)), m => (m.Vendors[0].Shipped, m.Vendors[0].Backlog));

        Assert.True(treated.Sum(x => x.Shipped) < control.Sum(x => x.Shipped) * 0.1);
        Assert.True(treated[^1].Backlog > control[^1].Backlog);
    }

    [Fact]
    public void PriceWar_CutsCloudPrice_CloudAndLabPricesFallByTheCut()
    {
        var (control, treated) = Compare(Control(), Control().With(new PriceWar(At, null, 0.3)), m => (m.Clouds[0].Price, m.Labs[0].Price));

        for (var t = 0; t < Ticks; t++)
        {
            var factor = t < At ? 1 : 0.7;
            Assert.Equal(factor, treated[t].Item1 / control[t].Item1, 12);
            Assert.Equal(factor, treated[t].Item2 / control[t].Item2, 12);
        }
    }

    [Fact]
    public void LabEntry_AContractSignedInItsEntryMonth_BindsTheEntrant()
    {
        // The contract is signed at the entry tick, after the entry event (priority 1 before 2), so the entrant exists.
        var entrant = TestScenarios.Lab("entrant") with { Cash = 7 };
        var contract = new ContractParameters("entrant-deal", "entrant", TestScenarios.CloudA, 12, At + 1, 12, SignedTick: At);
        var contracts = TestRun.Probe(Control().With(new LabEntry(At, entrant)).With(contract), Ticks,
            m => m.Exchange.Contracts.Count(c => c.Lab.FirmId == "entrant"));

        Assert.All(contracts[..At], n => Assert.Equal(0, n));
        Assert.All(contracts[At..], n => Assert.Equal(1, n));
    }

    [Fact]
    public void LabEntry_NewLab_JoinsTheMarketAndWinsCustomers()
    {
        var entrant = TestScenarios.Lab("entrant") with { Capability = 1.2, Cash = 7 };
        var (control, treated) = Compare(Control(), Control().With(new LabEntry(At, entrant)), m => (Labs: m.Labs.Count, Entrant: m.Labs.Count > 2 ? m.Customers.CountOf(0, 2, 0) : 0, Cash: m.Labs.Count > 2 ? m.Labs[2].Cash : 0));

        Assert.All(control, c => Assert.Equal(2, c.Labs));
        for (var t = 0; t < Ticks; t++)
        {
            Assert.Equal(t < At ? 2 : 3, treated[t].Labs);
            Assert.Equal(t < At ? 0 : 1, Math.Sign(treated[t].Entrant));
        }

        // The better model wins more than a third of the customers once it is in.
        Assert.True(treated[^1].Entrant > 4_000 / 3, $"entrant customers {treated[^1].Entrant}");
        Assert.True(treated[At].Cash > 6.9, "the entrant brings its starting cash");
    }

    [Fact]
    public void LabBreakthrough_MultipliesCapability_AndWinsShare()
    {
        var lab = TestScenarios.LabId(0);
        var (control, treated) = Compare(Control(), Control().With(new LabBreakthrough(At, lab, 1.5)), m => (m.Labs[0].Capability, m.Labs[0].DemandShare));

        for (var t = 0; t < Ticks; t++)
        {
            Assert.Equal(t < At ? 1 : 1.5, treated[t].Capability / control[t].Capability, 12);
            if (t >= At)
            {
                Assert.True(treated[t].DemandShare > control[t].DemandShare + 0.2, $"tick {t}: share {treated[t].DemandShare} vs {control[t].DemandShare}");
            }
        }
    }

    [Fact]
    public void AllianceStart_BringsAForwardAlliance_LockInRaisesItsLabsShareFromItsTick()
    {
        // Both runs hold the same vertical alliance, due far beyond the horizon; only the treated run starts it early.
        var lab = TestScenarios.LabId(1);
        var alliance = TestScenarios.Vertical("v", TestScenarios.CloudA, [lab], [TestScenarios.VendorA], lockIn: 1, startTick: 1000, computeAllocation: 0);
        var control = Control().With(alliance);
        var (c, t) = Compare(control, control.With(new AllianceStart(At, "v")), m => (m.Labs[1].DemandShare, m.Alliances.All[0].ActiveAt(m.Steps - 1)));

        // Every customer reviews every month between two equal labs: from the alliance's tick, a customer of the
        // allied lab stays with e / (e + 1) (it pays the lock-in of 1 to leave) and one of the other lab moves with 1/2.
        var expected = t[At - 1].Item1;
        for (var tick = 0; tick < Ticks; tick++)
        {
            Assert.False(c[tick].Item2);
            Assert.Equal(tick >= At, t[tick].Item2);
            if (tick < At)
            {
                Assert.Equal(c[tick].Item1, t[tick].Item1, 12);
            }
            else
            {
                expected = (expected * Math.E / (Math.E + 1)) + ((1 - expected) * 0.5);
                Assert.Equal(0.5, c[tick].Item1, 0.03);
                Assert.Equal(expected, t[tick].Item1, 0.03);
            }
        }
    }

    private static ScenarioParameters WithEndingAlliance(out string lab)
    {
        lab = TestScenarios.LabId(1);
        var alliance = TestScenarios.Vertical(
            "v", TestScenarios.CloudA, [lab], [TestScenarios.VendorA], lockIn: 1, exitPenalty: 2,
            commitments: [new ContractParameters("v-commitment", lab, TestScenarios.CloudA, 60, 0, 60)]);
        return Control().With(alliance);
    }

    [Fact]
    public void AllianceEnd_EndsAnAllianceEarly_CommitmentStopsAndLockInGoes()
    {
        var control = WithEndingAlliance(out var lab);
        var (c, t) = Compare(control, control.With(new AllianceEnd(At, "v")), m => (Share: m.Labs[1].DemandShare, Paid: TestRun.Paid(m, lab, TestScenarios.CloudA)));
        var free = TestRun.Probe(Control(), Ticks, m => m.Labs[1].DemandShare);

        // The control keeps the lock-in of 1 from tick 0: from the initial 1/2, each month a customer of the allied
        // lab stays with e / (e + 1) and one of the other lab moves to it with 1/2.
        var locked = 0.5;
        for (var tick = 0; tick < Ticks; tick++)
        {
            locked = (locked * Math.E / (Math.E + 1)) + ((1 - locked) * 0.5);
            Assert.Equal(locked, c[tick].Share, 0.03);
            Assert.True(c[tick].Paid >= 1 - 1e-12, "the control keeps paying its 1 a month commitment");
            if (tick < At)
            {
                Assert.Equal(c[tick].Share, t[tick].Share, 12);
            }
            else
            {
                Assert.Equal(free[tick], t[tick].Share, 12);
                Assert.True(t[tick].Paid < 1, $"tick {tick}: the commitment stopped, paid {t[tick].Paid}");
            }
        }
    }

    [Fact]
    public void AllianceEnd_EndsAnAllianceEarly_ExitPenaltyMovesFromLabToCloud()
    {
        var market = new MarketModel(WithEndingAlliance(out var lab).With(new AllianceEnd(At, "v")), 0, 3);
        TestRun.Probe(market, At, _ => 0);
        var labCash = market.LabById(lab).Cash;
        var cloudCash = market.Clouds[0].Cash;

        // Run the tick's due events by hand to see the balances they leave before the stages run.
        market.Schedule.RunDue(market.Steps);

        Assert.Equal(labCash - 2, market.LabById(lab).Cash, 12);
        Assert.Equal(cloudCash + 2, market.Clouds[0].Cash, 12);
    }

    [Fact]
    public void AllianceEnd_EndsAnAllianceEarly_ExitPenaltyIsInTheTicksFlowsAndRevenue()
    {
        var control = WithEndingAlliance(out var lab);
        var (c, t) = Compare(control, control.With(new AllianceEnd(At, "v")), m => (
            Penalty: m.Ledger.KindTotal(FlowKind.ExitPenalty),
            Flow: m.Ledger.FlowsThisTick.Where(r => r.Kind == FlowKind.ExitPenalty).Sum(r => r.Amount),
            CloudRevenue: m.Clouds[0].Revenue,
            LabCosts: m.LabById(lab).Costs));

        for (var tick = 0; tick < Ticks; tick++)
        {
            Assert.Equal(0, c[tick].Penalty);
            Assert.Equal(tick == At ? 2 : 0, t[tick].Penalty, 12);
            Assert.Equal(tick == At ? 2 : 0, t[tick].Flow, 12);
        }

        // The cloud earns the penalty (and no longer the commitment); the lab pays it.
        Assert.True(t[At].CloudRevenue > c[At].CloudRevenue, $"cloud revenue {t[At].CloudRevenue} vs {c[At].CloudRevenue}");
        Assert.True(t[At].LabCosts >= 2, $"lab costs in the exit tick {t[At].LabCosts}");
    }
}
