using MarketSim.Engine;
using MarketSim.Market;
using MathNet.Numerics.Statistics;

namespace MarketSim.Tests.Market;

/// <summary>
/// Product-appeal shocks (docs/model.md (3.1a)): an AR(1) per lab in logit utility, zero at tick 0, with the
/// stationary variance and half-life of its closed form, which the new choosers' shares follow as the logit says.
/// </summary>
public sealed class LabAppealTests
{
    [Fact]
    public void Shocks_OverManyLabsAndMonths_HaveTheAr1StationarySpreadAndHalfLife()
    {
        // sigma 0.1, half-life 12: rho = 2^(-1/12), stationary sd = sigma / sqrt(1 - rho^2) = 0.2437.
        const double sigma = 0.1;
        const double halfLife = 12;
        const int labs = 4000;
        var appeal = new LabAppeal(sigma, halfLife, new RandomStream(11));
        var rho = Math.Pow(0.5, 1 / halfLife);
        appeal.Advance(240, labs);
        var atT = Enumerable.Range(0, labs).Select(j => appeal[j]).ToArray();
        appeal.Advance(252, labs);
        var later = Enumerable.Range(0, labs).Select(j => appeal[j]).ToArray();

        var stationarySd = sigma / Math.Sqrt(1 - (rho * rho));
        Assert.InRange(atT.StandardDeviation(), stationarySd * 0.96, stationarySd * 1.04);
        Assert.InRange(atT.Mean(), -0.015, 0.015);
        // One half-life later the correlation is 1/2.
        Assert.InRange(Correlation.Pearson(atT, later), 0.46, 0.54);
    }

    [Fact]
    public void Shocks_StartAtZero_MoveOncePerTick_AndEntrantsStartFromZero()
    {
        var appeal = new LabAppeal(0.2, 24, new RandomStream(3));
        appeal.Advance(0, 2);
        Assert.Equal(0, appeal[0]);
        appeal.Advance(1, 2);
        var first = appeal[0];
        Assert.NotEqual(0, first);
        appeal.Advance(1, 2);
        Assert.Equal(first, appeal[0]);

        appeal.Advance(2, 3);
        Assert.NotEqual(first, appeal[0]);
        // The entrant's first draw is one month's shock: far below the stationary spread of a long-lived lab.
        Assert.InRange(Math.Abs(appeal[2]), 1e-12, 1.0);
    }

    [Fact]
    public void QuietMarket_EveryoneReviewing_FollowsTheLogitOfTheAppealShocks()
    {
        // Two identical labs, no switching cost, every customer reviews monthly: lab a's share is
        // 1 / (1 + e^(xi_b - xi_a)) each month, within the sampling error of 40,000 customers (about 0.0025).
        var scenario = TestScenarios.Quiet(customers: 40_000, labs: 2);
        scenario = scenario with { Customers = scenario.Customers with { AppealVolatility = 0.3, AppealHalfLife = 6 } };
        var market = new MarketModel(scenario, 0, 5);
        var largest = 0.0;
        for (var tick = 0; tick < 24; tick++)
        {
            TestRun.StepChecked(market);
            var gap = market.AppealOf(market.Labs[1]) - market.AppealOf(market.Labs[0]);
            largest = Math.Max(largest, Math.Abs(gap));
            var expected = 1 / (1 + Math.Exp(gap));
            var share = (double)market.Customers.CountOf(0, 0, 0) / market.Customers.Adopted;
            Assert.InRange(share, expected - 0.012, expected + 0.012);
        }

        // The shocks moved the shares far beyond that error (a gap of 0.2 is a share move of 0.05).
        Assert.True(largest > 0.2, $"largest appeal gap {largest}");
    }

    [Fact]
    public void Volatility_Zero_DrawsNothing_AndTheSharesStayEven()
    {
        var scenario = TestScenarios.Quiet(customers: 40_000, labs: 2);
        var market = new MarketModel(scenario, 0, 5);
        for (var tick = 0; tick < 12; tick++)
        {
            TestRun.StepChecked(market);
            Assert.Equal(0, market.AppealOf(market.Labs[0]));
            var share = (double)market.Customers.CountOf(0, 0, 0) / market.Customers.Adopted;
            Assert.InRange(share, 0.49, 0.51);
        }
    }
}
