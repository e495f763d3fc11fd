using MarketSim.Market;

namespace MarketSim.Tests.Market;

public sealed class ValuationTests
{
    [Fact]
    public void AnnualGrowth_NoHistory_AnnualisesTheExpectedMonthlyGrowth()
    {
        Assert.Equal(Math.Pow(1.01, 12) - 1, Valuation.AnnualGrowth([], 0.01), 12);
        Assert.Equal(Math.Pow(1.01, 12) - 1, Valuation.AnnualGrowth([5.0], 0.01), 12);
    }

    [Fact]
    public void AnnualGrowth_FullYear_UsesTheObservedGrowth()
    {
        var history = Enumerable.Range(0, 20).Select(k => 3 * Math.Pow(1.02, k)).ToList();

        Assert.Equal(Math.Pow(1.02, 12) - 1, Valuation.AnnualGrowth(history, 0.05), 12);
    }

    [Fact]
    public void AnnualGrowth_HalfYear_BlendsObservedAndExpectedHalfAndHalf()
    {
        // Seven months give six monthly steps at 5%; half a year observed weighs half against the expected 1%.
        var history = Enumerable.Range(0, 7).Select(k => Math.Pow(1.05, k)).ToList();

        Assert.Equal(Math.Pow(1.03, 12) - 1, Valuation.AnnualGrowth(history, 0.01), 12);
    }

    [Fact]
    public void AnnualGrowth_NoRevenueAYearAgo_FallsBackToExpected()
    {
        double[] history = [0, 1, 2, 3];

        Assert.Equal(Math.Pow(1.02, 12) - 1, Valuation.AnnualGrowth(history, 0.02), 12);
    }
}
