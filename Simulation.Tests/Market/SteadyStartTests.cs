using MarketSim.Market;

namespace MarketSim.Tests.Market;

/// <summary>
/// Steady start (docs/model.md (3.7a)): with switching costs, the review chain's stationary shares, not the new
/// choosers' logit shares, are the shares a quiet market keeps.
/// </summary>
public sealed class SteadyStartTests
{
    private const double SwitchingCost = 1;
    private static readonly double[] Brand = [1.0, 0.0];

    /// <summary>
    /// Everyone adopted (no new choosers), brand only in the utility, a switching cost and monthly reviews: the
    /// stationary share of lab j is proportional to e^V_j (sum_k e^V_k + (e^s - 1) e^V_j).
    /// </summary>
    private static double[] Stationary()
    {
        var sum = Brand.Sum(Math.Exp);
        var weights = Brand.Select(v => Math.Exp(v) * (sum + ((Math.Exp(SwitchingCost) - 1) * Math.Exp(v)))).ToArray();
        return weights.Select(w => w / weights.Sum()).ToArray();
    }

    private static double[] Logit() => Brand.Select(v => Math.Exp(v) / Brand.Sum(Math.Exp)).ToArray();

    private static MarketModel Market(bool steadyStart)
    {
        var scenario = TestScenarios.Quiet(customers: 40_000, labs: 2)
            .WithSegments(s => s with { QualitySensitivity = 0, PriceSensitivity = 0, SwitchingCost = SwitchingCost, ReviewProbability = 0.2 })
            .WithLabs(l => l with { Brand = Brand[l.Id[^1] - 'a'] });
        scenario = scenario with { Customers = scenario.Customers with { SteadyStart = steadyStart } };
        return new MarketModel(scenario, 0, 7);
    }

    private static void StepChecked(MarketModel market, int ticks)
    {
        for (var tick = 0; tick < ticks; tick++)
        {
            TestRun.StepChecked(market);
        }
    }

    private static double ShareOfFirstLab(MarketModel market) => (double)market.Customers.CountOf(0, 0, 0) / market.Customers.Adopted;

    [Fact]
    public void SteadyStart_QuietMarketWithSwitchingCosts_StartsAtAndKeepsTheStationaryShares()
    {
        var stationary = Stationary()[0];
        var market = Market(steadyStart: true);
        Assert.InRange(ShareOfFirstLab(market), stationary - 0.01, stationary + 0.01);
        StepChecked(market, 24);

        Assert.InRange(ShareOfFirstLab(market), stationary - 0.01, stationary + 0.01);
    }

    [Fact]
    public void WithoutSteadyStart_TheSameMarket_DriftsFromTheLogitSharesToTheStationaryOnes()
    {
        // 0.731 at the logit, 0.807 stationary: far apart against the sampling error of 40,000 customers (about 0.002).
        var logit = Logit()[0];
        var stationary = Stationary()[0];
        var market = Market(steadyStart: false);
        Assert.InRange(ShareOfFirstLab(market), logit - 0.01, logit + 0.01);
        StepChecked(market, 24);

        Assert.InRange(ShareOfFirstLab(market), stationary - 0.015, stationary + 0.015);
    }

    [Fact]
    public void SteadyStart_BrandConstantsSolvedToInitialShares_KeepThemThroughAYearOfReviews()
    {
        // With initial_share, the contraction (3.7) solves the brands to the steady shares: the demand shares stay at
        // the targets through a year of reviews (every customer demands the same here).
        double[] target = [0.7, 0.3];
        var scenario = TestScenarios.Quiet(customers: 40_000, labs: 2)
            .WithSegments(s => s with { QualitySensitivity = 0, PriceSensitivity = 0, SwitchingCost = SwitchingCost, ReviewProbability = 0.2 })
            .WithLabs(l => l with { InitialShare = target[l.Id[^1] - 'a'] });
        scenario = scenario with { Customers = scenario.Customers with { SteadyStart = true } };
        var market = new MarketModel(scenario, 0, 7);
        for (var tick = 0; tick < 12; tick++)
        {
            // Without steady start the first lab's share would climb toward 0.77 (the stationary share of 0.7 logit).
            TestRun.StepChecked(market);
            for (var j = 0; j < 2; j++)
            {
                Assert.InRange(market.Labs[j].DemandShare, target[j] - 0.01, target[j] + 0.01);
            }
        }
    }
}
