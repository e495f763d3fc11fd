using MarketSim.Market;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>Finance and default (docs/model.md 3.3.16); every step runs the invariants, finance identities included.</summary>
public sealed class FinanceTests
{
    private const string CloudB = "cloud-b";

    /// <summary>The schema defaults of the finance section (docs/scenario-format.md, finance).</summary>
    private static FinanceParameters Defaults() => new(
        SpreadBase: 0.01, SpreadSlope: 0.01, SpreadSentimentExponent: 1, SpreadMax: 0.15, DefaultLeverage: 6, DebtCapacity: 3,
        DebtCapacityExponent: 1, ContractAdvanceRate: 0, FleetSaleRatio: 0.5, CloudGraceMonths: 3, VendorGraceMonths: 3, DefaultSentimentWeight: 1,
        CoreEbitda: new Dictionary<string, double>(), EbitdaTtm: new Dictionary<string, double>());

    [Fact]
    public void CostShock_LeveredCloudDefaultsAndLosesItsEquity_UnleveredCloudSurvives()
    {
        // Both clouds lose 1 a month before interest (operating cost above any revenue); only cloud-a starts in debt.
        var scenario = TestScenarios.Quiet(customers: 500, labs: 1, clouds: 2) with { Finance = Defaults() };
        scenario = scenario.WithClouds(c => c with { OperatingCostPerCU = 0.1 + (c.Price * 0.1), Cash = c.Id == TestScenarios.CloudA ? -30 : 30 });
        var market = new MarketModel(scenario, 0, 5);
        var levered = market.Clouds[0];
        var unlevered = market.Clouds[1];
        for (var t = 0; t < 6; t++)
        {
            TestRun.StepChecked(market);
        }

        Assert.False(levered.Alive);
        Assert.Equal(3, market.Finance!.Of(levered).DefaultTick);
        Assert.Equal(0, levered.Valuation);
        Assert.Equal(0, levered.Account.Total, 12);
        Assert.Equal(0, levered.Capacity);
        Assert.True(unlevered.Alive);
        Assert.True(unlevered.Valuation > 0);
        Assert.True(market.Finance.CumulativeInterest > 0);
    }

    [Fact]
    public void Default_LowersSentimentByTheValueLostOverTotalValue()
    {
        // Quiet sentiment has no terms but the shock: ln S(3) = -k_d (equity + write-off) / total value.
        var scenario = TestScenarios.Quiet(customers: 500, labs: 1, clouds: 2) with { Finance = Defaults() };
        scenario = scenario.WithClouds(c => c with { OperatingCostPerCU = 0.1 + (c.Price * 0.1), Cash = c.Id == TestScenarios.CloudA ? -30 : 30 });
        var market = new MarketModel(scenario, 0, 5);
        for (var t = 0; t < 3; t++)
        {
            TestRun.StepChecked(market);
            Assert.Equal(1, market.Sentiment);
        }

        TestRun.StepChecked(market);
        var desk = market.Finance!;
        Assert.True(desk.ValueLost >= Assert.Single(desk.Resolved).WriteOff);
        Assert.True(desk.ValueLost > 0);
        Assert.Equal(-desk.ValueLost / desk.TotalValue, Math.Log(market.Sentiment), 12);
    }

    [Fact]
    public void FinanceOnWithoutRatesOrDefaults_ReproducesTheV1Ledger()
    {
        var v1 = TestScenarios.BaselineV1() with { Ticks = 24 };
        var off = v1 with { Supply = SupplyScenarios.V1() with { RiskFreeRate = 0 }, Finance = Defaults() with { SpreadBase = 0, SpreadSlope = 0, DefaultLeverage = 1e12 } };
        var a = new MarketModel(v1, 0, 11);
        var b = new MarketModel(off, 0, 11);
        for (var t = 0; t < 24; t++)
        {
            a.Step();
            TestRun.StepChecked(b);
            foreach (var firm in a.Firms())
            {
                // A lab that fails does so in both runs, but finance writes its debt off (v1 leaves it on the books).
                var twin = b.FirmById(firm.FirmId)!;
                Assert.Equal(firm.Alive, twin.Alive);
                if (firm.Alive)
                {
                    Assert.Equal(firm.Account.Total, twin.Account.Total);
                    Assert.Equal(firm.Valuation, twin.Valuation);
                }
            }
        }

        Assert.Equal(0, b.Finance!.CumulativeInterest);
        Assert.Equal(a.Labs.Count(l => !l.Alive), b.Finance.Defaults);
    }

    [Fact]
    public void DefaultedVendor_BacklogIsCancelledAndItShipsNothing()
    {
        var scenario = TestScenarios.Quiet(customers: 500, labs: 1) with { Finance = Defaults() };
        scenario = scenario.WithVendors(v => v with { Supply = 0, OtherDemand = 5, Opex = 1, Cash = -10 });
        var market = new MarketModel(scenario, 0, 5);
        var vendor = market.Vendors[0];
        for (var t = 0; t < 3; t++)
        {
            TestRun.StepChecked(market);
            Assert.True(vendor.Backlog > 0);
        }

        TestRun.StepChecked(market);
        Assert.False(vendor.Alive);
        Assert.Equal(0, vendor.Backlog);
        TestRun.StepChecked(market);
        Assert.Equal(0, vendor.Shipped);
        Assert.Equal(0, vendor.Revenue);
    }

    [Fact]
    public void DefaultedCloudWithAValuableFleet_SellsIt_AndTheSurplusReachesInvestorCash()
    {
        // cloud-a burns 10 a month; its fleet has a book of about 500. cloud-b, short of capacity for its background
        // work (the backlog rule closes a gap over 60 months) and rich, buys part of the fleet at half of book, which
        // leaves cloud-a with cash for its holders.
        var supply = SupplyScenarios.V1() with { CapexRule = CapexRule.Backlog, AdjustmentTime = 60 };
        var scenario = TestScenarios.Quiet(customers: 500, labs: 1, clouds: 2) with { Finance = Defaults(), Supply = supply };
        scenario = scenario.WithClouds(c => c.Id == TestScenarios.CloudA
            ? c with { FleetCostPerCU = 100, OperatingCostPerCU = 1, Cash = 15 }
            : c with { Capacity = 0.1, BackgroundDemand = 5, Cash = 1000 });
        scenario = scenario with
        {
            Investors = [TestScenarios.Investor("holder", StrategyKind.Custom, weights: new Dictionary<string, double> { [TestScenarios.CloudA] = 1 })],
        };
        var market = new MarketModel(scenario, 0, 5);
        var seller = market.Clouds[0];
        var buyer = market.Clouds[1];
        var investor = market.Investors[0];
        for (var t = 0; t < 8 && seller.Alive; t++)
        {
            TestRun.StepChecked(market);
        }

        Assert.False(seller.Alive);
        var record = Assert.Single(market.Finance!.Resolved);
        Assert.True(record.Sales.Count == 1 && record.Sales[0].Buyer == buyer);
        Assert.True(record.BalanceAfterSale > 0);
        Assert.True(market.Ledger.KindTotal(FlowKind.Liquidation) > 0);
        var fraction = seller.CapTable.FractionOf(investor.InvestorId);
        Assert.True(fraction > 0);
        Assert.Equal(fraction * record.BalanceAfterSale, investor.Cash, 12);
        TestRun.StepChecked(market);
        Assert.True(investor.Value >= investor.Cash);
    }
    [Fact]
    public void Interest_IsRiskFreePlusSpreadOnNetDebt_AndLendersKeepIt()
    {
        // Sentiment stays 1 (no noise, no weights), so s = min(s_max, s0 + s1 L) exactly.
        var scenario = TestScenarios.Quiet(customers: 500, labs: 1, clouds: 2) with { Finance = Defaults() };
        scenario = scenario.WithClouds(c => c with { Cash = c.Id == TestScenarios.CloudA ? -30 : 30 });
        var market = new MarketModel(scenario, 0, 5);
        TestRun.StepChecked(market);
        var desk = market.Finance!;
        var levered = desk.Of(market.Clouds[0]);
        var saver = desk.Of(market.Clouds[1]);
        Assert.Equal(0.04, desk.RiskFreeRate);
        var debt = levered.NetDebt;
        Assert.True(debt > 29);
        var leverage = debt / Math.Max(0.1, levered.Ebitda12);
        var spread = Math.Min(0.15, 0.01 + (0.01 * leverage));
        Assert.Equal((0.04 + spread) / 12 * debt, levered.InterestPaid, 12);
        Assert.Equal(0.04 / 12 * saver.Deposits, saver.DepositIncome, 12);
        Assert.True(saver.DepositIncome > 0);
        var paid = desk.States.Sum(f => f.InterestPaid);
        var income = desk.States.Sum(f => f.DepositIncome);
        Assert.Equal(paid - income, desk.Lenders.Total, 12);
        Assert.Equal(paid + income, market.Ledger.KindTotal(FlowKind.Interest), 12);
    }

    [Fact]
    public void InvariantChecker_ReportsLendersMoneyThatIsNotInterest()
    {
        // The identity can fail: a payment into lenders that the desk did not make breaks it.
        var scenario = TestScenarios.Quiet(customers: 500, labs: 1) with { Finance = Defaults() };
        var market = new MarketModel(scenario, 0, 5);
        TestRun.StepChecked(market);
        market.Ledger.Transfer(market.Clouds[0].Account, market.Finance!.Lenders, 1, FlowKind.Opex);
        Assert.Contains(InvariantChecker.Check(market), b => b.StartsWith("lenders change", StringComparison.Ordinal));
    }

    [Fact]
    public void NegativeStartingCash_IsPaidToPriorCapital_AndLendersStartAtZero()
    {
        var scenario = TestScenarios.Quiet(customers: 500, labs: 1) with { Finance = Defaults() };
        scenario = scenario.WithClouds(c => c with { Cash = -14 });
        var market = new MarketModel(scenario, 0, 5);
        TestRun.StepChecked(market);
        var flow = Assert.Single(market.Ledger.FlowsThisTick, f => f.Kind == FlowKind.InitialCash && market.Ledger.Accounts[f.From].Id == TestScenarios.CloudA);
        Assert.Equal("prior-capital", market.Ledger.Accounts[flow.To].Id);
        Assert.Equal(14, flow.Amount, 12);
    }
    [Fact]
    public void BacklogCapex_UnderFinance_IsBoundByDebtCapacityNotTheFixedCreditLine()
    {
        // cloud-a is short of capacity (background 20 against 10) and in debt with losses: EBITDA12 + core <= 0 and no
        // positive cash flow leave it no financing, so it orders nothing, though the fixed line of 1e6 would fund it.
        var supply = SupplyScenarios.V2();
        var scenario = TestScenarios.Quiet(customers: 500, labs: 1).WithSupply(supply)
            .WithClouds(c => c with { BackgroundDemand = 20, OperatingCostPerCU = 5, Cash = -10 });
        var withLine = new MarketModel(scenario, 0, 5);
        var financed = new MarketModel(scenario with { Finance = Defaults() }, 0, 5);
        TestRun.StepChecked(withLine);
        TestRun.StepChecked(financed);
        Assert.True(withLine.Clouds[0].OrderedThisTick > 0);
        Assert.Equal(0, financed.Clouds[0].OrderedThisTick);

        // With core EBITDA pledged, debt capacity lambda S^y (EBITDA12 + core) funds orders again.
        var cored = new MarketModel(scenario with { Finance = Defaults() with { CoreEbitda = new Dictionary<string, double> { [TestScenarios.CloudA] = 1000 } } }, 0, 5);
        TestRun.StepChecked(cored);
        Assert.True(cored.Clouds[0].OrderedThisTick > 0);
    }

    [Fact]
    public void ContractAdvance_LendersCarryDebtTheBacklogServes_AndTheAdvanceRunsOffWithTheContract()
    {
        // The levered cloud of the cost-shock test, now with a lab paying 1 a month for 60 months: on trailing EBITDA
        // alone it defaults in month 3; with lenders advancing 0.9 of the payments still due it is not distressed.
        var contract = new ContractParameters("long", TestScenarios.LabId(0), TestScenarios.CloudA, 60, 0, 60);
        var scenario = (TestScenarios.Quiet(customers: 500, labs: 1) with { Finance = Defaults() }).With(contract)
            .WithClouds(c => c with { OperatingCostPerCU = 0.1 + (c.Price * 0.1), Cash = -30 });
        var plain = new MarketModel(scenario, 0, 5);
        var advanced = new MarketModel(scenario with { Finance = Defaults() with { ContractAdvanceRate = 0.9 } }, 0, 5);
        for (var t = 0; t < 6; t++)
        {
            TestRun.StepChecked(plain);
            TestRun.StepChecked(advanced);
            var cloud = advanced.Clouds[0];
            // docs/model.md (16.6a): a times the months still due after this one, at 1 a month.
            Assert.Equal(0.9 * (60 - t - 1), advanced.Finance!.ContractAdvance(cloud, t), 9);
            Assert.Equal(0, advanced.Finance.Of(cloud).MonthsDistressed);
        }

        Assert.False(plain.Clouds[0].Alive);
        Assert.Equal(3, plain.Finance!.Of(plain.Clouds[0]).DefaultTick);
        Assert.True(advanced.Clouds[0].Alive);
        Assert.Equal(0, advanced.Finance!.ContractAdvance(advanced.Clouds[0], 59));
    }

    [Fact]
    public void BacklogCapex_UnderFinance_ContractedBacklogFundsOrdersTheCloudsEbitdaCannot()
    {
        // The indebted, loss-making cloud of the test above signs a contract that needs twice its fleet from tick 8: on
        // EBITDA it can finance nothing; the advance on the contract's payments funds its orders ahead of it.
        var contract = new ContractParameters("big", TestScenarios.LabId(0), TestScenarios.CloudA, 40 * 24, 8, 24);
        var scenario = TestScenarios.Quiet(customers: 500, labs: 1).WithSupply(SupplyScenarios.V2()).With(contract)
            .WithClouds(c => c with { BackgroundDemand = 20, OperatingCostPerCU = 5, Cash = -10 });
        var plain = new MarketModel(scenario with { Finance = Defaults() }, 0, 5);
        var advanced = new MarketModel(scenario with { Finance = Defaults() with { ContractAdvanceRate = 0.4 } }, 0, 5);
        TestRun.StepChecked(plain);
        TestRun.StepChecked(advanced);
        Assert.Equal(0, plain.Clouds[0].OrderedThisTick);
        Assert.True(advanced.Clouds[0].OrderedThisTick > 0);
        // 0.4 of the 960 still due after month 0 (docs/model.md (16.7)).
        Assert.Equal(0.4 * 960, advanced.Finance!.ContractAdvance(advanced.Clouds[0], 0), 9);
    }
}
