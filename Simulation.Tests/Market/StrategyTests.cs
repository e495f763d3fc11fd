using MarketSim.Market;
using MarketSim.Market.Agents;
using MarketSim.Market.Investors;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

public sealed class StrategyTests
{
    private const int Digits = 12;

    /// <summary>Two labs (lab-a on cloud-a, lab-b on cloud-b), two clouds and two vendors of different sizes.</summary>
    private static ScenarioParameters Market() =>
        TestScenarios.Quiet(customers: 2_000, labs: 2, clouds: 2, vendors: 2)
            .WithLab(TestScenarios.LabId(1), l => TestScenarios.Lab(l.Id, TestScenarios.CloudB) with { Valuation = 300 })
            .WithClouds(c => c.Id == TestScenarios.CloudB ? c with { Cash = 30 } : c)
            .WithVendors(v => v.Id == TestScenarios.VendorB ? v with { Cash = 25 } : v);

    private static MarketModel AfterTickZero(params InvestorParameters[] investors)
    {
        var market = new MarketModel(Market().With(investors), 0, 1);
        TestRun.StepChecked(market);
        return market;
    }

    private static double ValueIn(Investor investor, Firm firm) => firm.CapTable.SharesOf(investor.InvestorId) * firm.SharePrice;

    [Fact]
    public void Racetrack_ByValuation_HoldsOnlyCloudsAndVendorsWeightedByValue()
    {
        var market = AfterTickZero(TestScenarios.Investor("track", StrategyKind.Racetrack));
        var investor = market.Investors[0];
        var infra = market.Firms().Where(f => f.Kind != FirmKind.Lab).ToList();
        var total = infra.Sum(f => f.Valuation);

        Assert.Equal(infra, investor.Held);
        Assert.Equal(0.1, investor.Value, Digits);
        foreach (var firm in infra)
        {
            Assert.Equal(firm.Valuation / total, ValueIn(investor, firm) / investor.Value, Digits);
        }

        Assert.All(market.Labs, lab => Assert.Equal(0, lab.CapTable.SharesOf("track")));
    }

    [Fact]
    public void SingleLab_Target_HoldsOnlyThatLab()
    {
        var market = AfterTickZero(TestScenarios.Investor("bet", StrategyKind.SingleLab, target: TestScenarios.LabId(1)));
        var investor = market.Investors[0];

        Assert.Equal([market.Labs[1]], investor.Held);
        Assert.Equal(0.1, ValueIn(investor, market.Labs[1]), Digits);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void LabIndex_EqualOrValuationWeights_HoldsEveryLab(bool equalWeights)
    {
        var market = AfterTickZero(TestScenarios.Investor("index", StrategyKind.LabIndex, equalWeights: equalWeights));
        var investor = market.Investors[0];
        var a = ValueIn(investor, market.Labs[0]);
        var b = ValueIn(investor, market.Labs[1]);

        Assert.Equal(market.Labs, investor.Held);
        Assert.Equal(0.1, a + b, Digits);
        Assert.Equal(equalWeights ? 1 : market.Labs[1].Valuation / market.Labs[0].Valuation, b / a, Digits);
    }

    [Fact]
    public void Custom_Weights_AreFollowed()
    {
        var weights = new Dictionary<string, double> { [TestScenarios.LabId(0)] = 1, [TestScenarios.CloudB] = 3 };
        var market = AfterTickZero(TestScenarios.Investor("mine", StrategyKind.Custom, weights: weights));
        var investor = market.Investors[0];

        Assert.Equal(2, investor.Held.Count);
        Assert.Equal(0.025, ValueIn(investor, market.Labs[0]), Digits);
        Assert.Equal(0.075, ValueIn(investor, market.Clouds[1]), Digits);
    }

    [Fact]
    public void Empire_CloudAndLabs_HoldsThemAndCreditsComeBackAsItsCloudRevenue()
    {
        // Half the capital in cloud-a, a quarter in each lab, half of each lab stake paid as credits on cloud-a.
        var labs = new[] { TestScenarios.LabId(0), TestScenarios.LabId(1) };
        var market = AfterTickZero(TestScenarios.Investor("empire", StrategyKind.Empire, target: TestScenarios.CloudA, labs: labs, cloudShare: 0.5, creditShare: 0.5));
        var investor = market.Investors[0];
        var credits = market.Ledger.Origin(MarketSim.Market.Money.OriginNames.Credits(TestScenarios.CloudA));

        Assert.Equal(new Firm[] { market.Clouds[0], market.Labs[0], market.Labs[1] }, investor.Held);
        Assert.Equal(0.0125, market.Labs[0].Account.OfOrigin(credits), Digits);
        Assert.Equal(0.0125, market.Labs[1].Account.OfOrigin(credits), Digits);
        Assert.True(market.Labs[0].CapTable.SharesOf("empire") > 0);

        // Next month lab-a spends its credits on cloud-a, which counts them as its own money coming back;
        // lab-b buys on cloud-b, where the credits are no good, so they stay.
        TestRun.StepChecked(market);
        Assert.Equal(0, market.Labs[0].Account.OfOrigin(credits), Digits);
        Assert.Equal(0.0125, market.Labs[1].Account.OfOrigin(credits), Digits);
        Assert.Equal(0.0125, MarketTotals.RoundTripRevenue(market, market.Clouds[0]), Digits);
        Assert.True(market.Clouds[0].RoundTripShare > 0);
        Assert.Equal(0, market.Clouds[1].RoundTripShare);
    }

    [Fact]
    public void FollowOn_FundingRound_KeepsOwnershipWhileOthersAreDiluted()
    {
        // lab-a burns 3 a month against little revenue, so it raises every month from tick 0 on.
        var lab = TestScenarios.LabId(0);
        var scenario = Market()
            .WithLab(lab, l => l with { Cash = 10, Opex = 3 })
            .With(
                TestScenarios.Investor("loyal", StrategyKind.SingleLab, target: lab, followOn: true),
                TestScenarios.Investor("passive", StrategyKind.SingleLab, target: lab));
        var market = new MarketModel(scenario, 0, 1);
        TestRun.StepChecked(market);
        var table = market.Labs[0].CapTable;
        var before = table.FractionOf("loyal");
        Assert.Equal(before, table.FractionOf("passive"), Digits);

        TestRun.StepChecked(market);

        Assert.True(market.Labs[0].RaisedThisTick > 0, "a round took place");
        Assert.Equal(before, table.FractionOf("loyal"), Digits);
        Assert.True(table.FractionOf("passive") < before * 0.99, $"passive holder kept {table.FractionOf("passive")} of {before}");
        Assert.True(market.Investors[0].Invested > 0.1, "the follow-on money counts as invested");
    }

    [Fact]
    public void StrategicInvestment_AtTheSharePrice_DoesNotCutExistingHoldersValue()
    {
        var lab = TestScenarios.LabId(0);
        var scenario = Market()
            .With(TestScenarios.Investor("holder", StrategyKind.SingleLab, target: lab))
            .With(TestScenarios.Vertical("deal", TestScenarios.CloudA, [lab], [TestScenarios.VendorA],
                investments: [new InvestmentParameters(TestScenarios.CloudA, lab, 100, 2, InvestmentForm.Cash)]));

        var values = TestRun.Probe(scenario, 3, m => m.Investors[0].Value);

        Assert.True(values[2] >= values[1] * 0.99, $"holder value {values[1]} before the investment, {values[2]} after");
    }
}
