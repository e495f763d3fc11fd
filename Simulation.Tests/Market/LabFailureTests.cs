using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

public sealed class LabFailureTests
{
    [Fact]
    public void Settle_LabOutOfCashWithNoRound_ExitsCustomersContractAndValueGo()
    {
        // lab-b: 12 of cash, 5 a month of opex plus a take-or-pay commitment of 1 a month, and no round can
        // ever be raised (minimum revenue out of reach): cash turns negative in tick 2 and, with no grace, it exits.
        var failing = TestScenarios.LabId(1);
        var scenario = TestScenarios.Quiet(customers: 2_000, labs: 2)
            .WithLab(failing, l => l with { Cash = 12, Opex = 5 })
            .WithFunding(f => f with { MinimumRevenue = 1e9, FailureGraceMonths = 0 })
            .With(new ContractParameters("b-commitment", failing, TestScenarios.CloudA, 24, 0, 24))
            .With(TestScenarios.Investor("bet-b", StrategyKind.SingleLab, target: failing));
        var market = new MarketModel(scenario, 0, 9);
        var lab = market.LabById(failing);
        var cloud = market.Clouds[0];
        var investor = market.Investors[0];

        for (var t = 0; t < 2; t++)
        {
            TestRun.StepChecked(market);
            Assert.True(lab.Alive);
            Assert.True(TestRun.Paid(market, failing, TestScenarios.CloudA) >= 1 - 1e-12, "take-or-pay is paid while alive");
        }

        TestRun.StepChecked(market);
        Assert.False(lab.Alive);
        Assert.Equal(2, lab.ExitTick);
        Assert.Equal(0, lab.Valuation);
        Assert.Equal(0, investor.Value);

        for (var t = 3; t < 8; t++)
        {
            TestRun.StepChecked(market);
            Assert.Equal(0, market.Customers.CountOf(0, lab.Index, 0));
            Assert.Equal(market.Customers.Adopted, market.Customers.CountOf(0, 0, 0));
            Assert.Equal(0, TestRun.Paid(market, failing, TestScenarios.CloudA));
            Assert.Equal(market.Labs[0].ComputeSpend, cloud.LabRevenue, 12);
            Assert.Equal(0, lab.Revenue);
            Assert.Equal(0, lab.DemandShare);
            Assert.Equal(0, lab.Valuation);
            Assert.Equal(0, investor.Value);
        }
    }
}
