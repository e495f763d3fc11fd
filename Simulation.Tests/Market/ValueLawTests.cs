using MarketSim.Market;
using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>The v2 valuation law (docs/model.md 3.3.9b): tick-0 values observed, constancy, forward revenue, listed companies.</summary>
public sealed class ValueLawTests
{
    private const double Relative = 1e-9;

    [Fact]
    public void Mark_FundamentalsFrozenAndSentimentOne_EveryValueStaysConstant()
    {
        var market = new MarketModel(QuietV2(), 0, 5);
        TestRun.StepChecked(market);
        var firms = market.Firms().ToList();
        var first = firms.Select(f => f.Valuation).ToList();
        Assert.All(first, v => Assert.True(v > 0));
        Assert.All(firms, f => Assert.True(market.ValueLaw!.ValueConstant(f) > 0, f.FirmId));

        // Nothing moves between marks: revenue, costs, cash, contracts, sentiment 1 and the revenue history.
        for (var k = 0; k < 24; k++)
        {
            Valuation.MarkAll(market);
        }

        for (var i = 0; i < firms.Count; i++)
        {
            Assert.Equal(first[i], firms[i].Valuation, first[i] * Relative);
        }
    }

    [Fact]
    public void FirstMark_Baseline_ValuesEqualTheObservedOnes()
    {
        // Without investors: an empire's primary purchase would add its money to the post-money after the mark.
        var scenario = BaselineV2() with { Investors = [] };
        var market = new MarketModel(scenario, 0, 11);
        TestRun.StepChecked(market);
        var law = market.ValueLaw!;
        var p = scenario.Market.Valuation;

        foreach (var lab in market.Labs)
        {
            var observed = p.ObservedValues!.TryGetValue(lab.FirmId, out var v) ? v : scenario.Labs.First(l => l.Id == lab.FirmId).Valuation;
            Assert.Equal(observed, lab.Valuation, observed * Relative);
        }

        Assert.Equal(350, market.LabById("anthropic").Valuation, 350 * Relative);
        foreach (var entity in law.Entities)
        {
            var company = p.ListedCompanies!.First(c => c.Id == entity.Id);
            var expected = entity.AiShare * company.MarketValue;
            Assert.Equal(expected, entity.Members.Sum(m => m.Valuation), expected * Relative);
            Assert.Equal(expected, entity.Value, expected * Relative);
        }

        // Given shares: NVIDIA 0.90 of its market value, CoreWeave all of it.
        Assert.Equal(0.9 * 4350, market.VendorById("nvidia").Valuation, 4350 * Relative);
        Assert.Equal(42.0, market.Clouds[market.CloudIndex("coreweave")].Valuation, 42 * Relative);

        // Every cloud and vendor with forward profit at tick 0 is solved (theta finite and positive); its V* is the observed value.
        foreach (var firm in market.Firms().Where(f => f.Kind != FirmKind.Lab))
        {
            Assert.True(law.ValueConstant(firm) > 0, firm.FirmId);
        }
    }

    [Fact]
    public void FirstMark_DerivedAiShare_IsTwelveMonthsOfConsolidatedRevenueOverTrailingRevenue()
    {
        var market = new MarketModel(BaselineV2(), 0, 11);
        TestRun.StepChecked(market);
        var microsoft = market.ValueLaw!.Entities.First(e => e.Id == "microsoft");
        var azure = market.Clouds[market.CloudIndex("azure")];

        Assert.Equal(12 * azure.RevenueHistory[0] / 281.7, microsoft.AiShare, 1e-12);
    }

    [Fact]
    public void Racetrack_UnderV2_WeightsEqualObservedValueWeights()
    {
        var market = new MarketModel(BaselineV2(), 0, 11);
        TestRun.StepChecked(market);
        var law = market.ValueLaw!;
        var racetrack = market.Investors.First(i => i.InvestorId == "racetrack");
        var total = law.Entities.Sum(e => e.ObservedValue);

        Assert.Equal(law.Entities.SelectMany(e => e.Members).Count(), racetrack.Held.Count);
        foreach (var entity in law.Entities)
        {
            var held = entity.Members.Sum(f => f.CapTable.SharesOf("racetrack") * f.SharePrice);
            Assert.Equal(entity.ObservedValue / total, held / racetrack.Value, 1e-9);
            foreach (var firm in entity.Members)
            {
                Assert.Equal(law.ObservedValue(firm) / total, firm.CapTable.SharesOf("racetrack") * firm.SharePrice / racetrack.Value, 1e-9);
            }
        }
    }

    [Fact]
    public void ListedEntity_Value_IsTheSumOfItsMembersEveryTick()
    {
        var market = new MarketModel(BaselineV2(), 0, 13);
        var sums = TestRun.Probe(market, 24, m => m.ValueLaw!.Entities.Select(e => (e.Value, e.Members.Sum(f => f.Valuation))).ToList());

        Assert.All(sums.SelectMany(s => s), pair => Assert.Equal(pair.Item2, pair.Item1, 1e-9 * Math.Max(1, pair.Item2)));

        // Amazon and Alphabet each hold two model firms; their values move apart after tick 0.
        Assert.Equal(2, market.ValueLaw!.Entities.First(e => e.Id == "amazon").Members.Count);
    }

    [Fact]
    public void RacetrackListed_TickZero_HoldsCompaniesByMarketValueAndCoresTrackTheirIndex()
    {
        var scenario = BaselineV2().With(TestScenarios.Investor("listed", StrategyKind.RacetrackListed));
        var market = new MarketModel(scenario, 0, 11);
        TestRun.StepChecked(market);
        var law = market.ValueLaw!;
        var investor = market.Investors.First(i => i.InvestorId == "listed");
        var companies = scenario.Market.Valuation.ListedCompanies!;
        var totalMarketValue = companies.Sum(c => c.MarketValue);

        // Bought at tick-0 prices: the value is the capital; each company's AI part weighs a_e MC_e / sum MC.
        Assert.Equal(0.1, investor.Value, 1e-12);
        foreach (var entity in law.Entities)
        {
            var ai = entity.Members.Sum(f => f.CapTable.SharesOf("listed") * f.SharePrice);
            Assert.Equal(entity.AiShare * entity.Parameters.MarketValue / totalMarketValue, ai / investor.Value, 1e-9);
        }

        // After a year the core claims are worth (1 - a_e) MC_e / sum MC of capital times the company's core index.
        TestRun.Probe(market, 12, _ => 0);
        var cores = law.Entities.Sum(e => 0.1 * e.CoreValue0 / totalMarketValue * e.CoreIndex);
        var firms = law.Entities.SelectMany(e => e.Members).Sum(f => f.CapTable.SharesOf("listed") * f.SharePrice);
        Assert.Equal(cores + firms, investor.Value, 1e-12);
    }

    [Fact]
    public void CoreIndex_GrowsAtTheCoreRateWithBetaToSentiment()
    {
        var p = BaselineV2().Market.Valuation with { CoreGrowth = 0.08, CoreSentimentBeta = 1 };
        var entity = new ListedEntity(new ListedCompanyParameters("x", ["a"], 100, AiShare: 0.25), []);

        entity.UpdateCore(p, 18, 0.8);

        Assert.Equal(Math.Pow(1.08, 1.5) * 0.8, entity.CoreIndex, 1e-12);
        entity.FixAiShare();
        Assert.Equal(75, entity.CoreValue0, 1e-12);
    }

    [Fact]
    public void ForwardRevenue_CloudWithAContractStartingLater_AddsTheContractedStepUps()
    {
        // A 12-month, 12-total contract from tick 5: at tick 0 the step-ups over months 1..12 are months 5..12, 8 of 1 each.
        var scenario = QuietV2().With(new ContractParameters("c1", TestScenarios.LabId(0), TestScenarios.CloudA, 12, 5, 12));
        var market = new MarketModel(scenario, 0, 5);
        TestRun.StepChecked(market);
        var cloud = market.Clouds[0];

        var forward = ValueLaw.ForwardRevenue(cloud, scenario.Market.Valuation, 0, market);

        Assert.Equal((12 * cloud.RevenueHistory[0]) + 8, forward, 1e-12);
    }

    [Fact]
    public void ForwardRevenue_Lab_IsTwelveTimesTheThreeMonthMean()
    {
        var market = new MarketModel(QuietV2(), 0, 5);
        TestRun.Probe(market, 5, _ => 0);
        var lab = market.Labs[0];
        var mean = lab.RevenueHistory.TakeLast(3).Average();

        Assert.Equal(12 * mean, ValueLaw.ForwardRevenue(lab, market.Parameters.Market.Valuation, market.Steps, market), 1e-12);
    }

    internal static ScenarioParameters BaselineV2()
    {
        var s = TestScenarios.Baseline();
        return s with { Market = s.Market with { Valuation = s.Market.Valuation with { Law = ValuationLaw.V2 } } };
    }

    private static ScenarioParameters QuietV2()
    {
        // Labs valued above their cash and a vendor with outside demand, so every firm has forward profit to solve theta to.
        var s = TestScenarios.Quiet().WithLabs(l => l with { Valuation = 150 }).WithVendors(v => v with { OtherDemand = 50 });
        var valuation = s.Market.Valuation with
        {
            Law = ValuationLaw.V2,
            ListedCompanies =
            [
                new ListedCompanyParameters("cloud-co", [TestScenarios.CloudA], 50, "Cloud Co", AiShare: 0.5),
                new ListedCompanyParameters("chip-co", [TestScenarios.VendorA], 40, "Chip Co", AiShare: 0.8),
            ],
        };
        return s with { Market = s.Market with { Valuation = valuation } };
    }
}
