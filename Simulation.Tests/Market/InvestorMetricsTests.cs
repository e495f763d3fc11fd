using MarketSim.Market.Investors;

namespace MarketSim.Tests.Market;

public sealed class InvestorMetricsTests
{
    [Fact]
    public void From_NoNewMoney_HandComputedReturnCagrVolatilityDrawdown()
    {
        // 100 -> 120 -> 90 -> 110: monthly returns 20%, -25%, 22.2%; peak 1.2, trough 0.9.
        var metrics = InvestorMetrics.From([100, 120, 90, 110], [100, 100, 100, 100]);

        Assert.Equal(0.1, metrics.FinalReturn, 12);
        Assert.Equal(Math.Pow(1.1, 4) - 1, metrics.Cagr, 12);
        Assert.Equal(0.9230250855973392, metrics.Volatility, 12);
        Assert.Equal(0.25, metrics.MaxDrawdown, 12);
    }

    [Fact]
    public void From_NewMoney_IsNotCountedAsReturn()
    {
        // 40 more put in at month 1: the month's return is (150 - 40) / 100 - 1 = 10%, then 140 / 150 - 1.
        var metrics = InvestorMetrics.From([100, 150, 140], [100, 140, 140]);
        double[] returns = [0.1, (140.0 / 150) - 1];
        var mean = returns.Average();
        var sd = Math.Sqrt(returns.Sum(r => (r - mean) * (r - mean)));

        Assert.Equal(0, metrics.FinalReturn, 12);
        Assert.Equal(0, metrics.Cagr, 12);
        Assert.Equal(sd * Math.Sqrt(12), metrics.Volatility, 12);
        Assert.Equal(1 - (1 / (150.0 / 140)), metrics.MaxDrawdown, 12);
    }

    [Fact]
    public void From_TotalLoss_CagrMinusOneDrawdownOne()
    {
        var metrics = InvestorMetrics.From([100, 50, 0], [100, 100, 100]);

        Assert.Equal(-1, metrics.FinalReturn, 12);
        Assert.Equal(-1, metrics.Cagr, 12);
        Assert.Equal(1, metrics.MaxDrawdown, 12);
    }

    [Fact]
    public void From_EmptyPath_AllZero()
    {
        Assert.Equal(new InvestorMetrics(0, 0, 0, 0), InvestorMetrics.From([], []));
    }
}
