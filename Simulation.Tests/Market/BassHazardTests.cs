using MarketSim.Market;

namespace MarketSim.Tests.Market;

public sealed class BassHazardTests
{
    [Fact]
    public void OneMonth_NoAdopters_IsTheCurveAfterOneMonth()
    {
        // From F = 0 the first month's adopters are exactly F(1) of the closed form.
        var expected = (1 - Math.Exp(-0.31)) / (1 + (30 * Math.Exp(-0.31)));

        Assert.Equal(expected, BassHazard.OneMonth(0.01, 0.3, 0), 12);
        Assert.Equal(expected, BassHazard.Curve(0.01, 0.3, 1), 12);
    }

    [Fact]
    public void OneMonth_AllAdopted_IsZero()
    {
        Assert.Equal(0, BassHazard.OneMonth(0.01, 0.3, 1));
    }

    [Fact]
    public void OneMonth_FromAPointOnTheCurve_LandsOnTheCurveOneMonthLater()
    {
        for (var t = 0; t < 40; t++)
        {
            var f = BassHazard.Curve(0.01, 0.3, t);
            var next = f + ((1 - f) * BassHazard.OneMonth(0.01, 0.3, f));
            Assert.Equal(BassHazard.Curve(0.01, 0.3, t + 1), next, 10);
        }
    }

    [Fact]
    public void OneMonth_NoInnovation_FollowsTheLogistic()
    {
        // p = 0: dF/dt = q F (1 - F), so the odds grow by e^q a month; nobody starts without adopters.
        Assert.Equal(0, BassHazard.OneMonth(0, 0.3, 0));
        var next = Math.Exp(0.3) / (1 + Math.Exp(0.3));
        Assert.Equal((next - 0.5) / 0.5, BassHazard.OneMonth(0, 0.3, 0.5), 12);
    }

    [Fact]
    public void OneMonth_NoDiffusionAtAll_IsZero()
    {
        Assert.Equal(0, BassHazard.OneMonth(0, 0, 0.4));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.3)]
    [InlineData(0.8)]
    public void OneMonth_SmallCoefficients_TendsToTheFirstOrderHazard(double adopted)
    {
        const double P = 1e-4;
        const double Q = 1e-3;
        var firstOrder = P + (Q * adopted);

        Assert.Equal(firstOrder, BassHazard.OneMonth(P, Q, adopted), firstOrder * 2e-3);
    }

    [Fact]
    public void Step_BassOnly_AdoptedShareDocksWithTheClosedFormCurve()
    {
        // 100,000 customers, p = 0.01, q = 0.3, no initial adopters, one segment. After the first Step one
        // month has passed, so after step t + 1 the share is compared with F(t + 1).
        const double P = 0.01;
        const double Q = 0.3;
        var scenario = TestScenarios.Quiet(customers: 100_000).WithSegments(s => s with { P = P, Q = Q, InitialAdopted = 0 });
        var market = new MarketModel(scenario, 0, 7);
        Assert.Equal(0, market.Customers.Adopted);

        var worst = 0.0;
        for (var t = 0; t < 60; t++)
        {
            market.Step();
            var share = (double)market.Customers.Adopted / market.Customers.Count;
            worst = Math.Max(worst, Math.Abs(share - BassHazard.Curve(P, Q, t + 1)));
        }

        Assert.True(worst < 0.01, $"largest gap to the Bass curve {worst:P2}");
    }
}
