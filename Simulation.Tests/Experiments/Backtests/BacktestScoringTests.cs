using MarketSim.Experiments.Backtests;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Tests.Experiments.Backtests;

public sealed class BacktestScoringTests
{
    [Fact]
    public void Quantile_IsR7()
    {
        // R7: h = (n - 1) p; 1..5 at p = 0.05 gives 1 + 0.2 = 1.2, at 0.95 gives 4 + 0.8 = 4.8.
        double[] sample = [5, 1, 4, 2, 3];
        Assert.Equal(1.2, BacktestScoring.Quantile(sample, 0.05), 12);
        Assert.Equal(3, BacktestScoring.Quantile(sample, 0.5), 12);
        Assert.Equal(4.8, BacktestScoring.Quantile(sample, 0.95), 12);
    }

    [Theory]
    [InlineData(10, 40, 20, 1.3862943611198906)] // inside: only the width ln 4
    [InlineData(10, 40, 5, 1.3862943611198906 + (20 * 0.6931471805599453))] // below: + 20 ln(10/5)
    [InlineData(10, 40, 80, 1.3862943611198906 + (20 * 0.6931471805599453))] // above: + 20 ln(80/40)
    [InlineData(7, 7, 7, 0)]
    public void IntervalScore_GneitingRafteryInLogs(double lower, double upper, double observed, double expected) =>
        Assert.Equal(expected, BacktestScoring.IntervalScore(lower, upper, observed), 12);

    [Theory]
    [InlineData(FigureBound.Point, 20, true)]
    [InlineData(FigureBound.Point, 5, false)]
    [InlineData(FigureBound.Point, 80, false)]
    [InlineData(FigureBound.Upper, 80, true)] // the figure holds more than the measure: a band below it keeps it
    [InlineData(FigureBound.Upper, 20, true)]
    [InlineData(FigureBound.Upper, 5, false)] // the whole band above an upper bound contradicts it
    [InlineData(FigureBound.Lower, 5, true)]
    [InlineData(FigureBound.Lower, 20, true)]
    [InlineData(FigureBound.Lower, 80, false)]
    public void Respects_APointInsideTheBand_ABoundFromItsSide(FigureBound bound, double observed, bool expected) =>
        Assert.Equal(expected, BacktestScoring.Respects(bound, 10, 40, observed));

    [Fact]
    public void PredictiveBand_OneReplication_IsTheNormalIntervalOfTheFiguresError()
    {
        // A deterministic model: the band of what the figure would read is ln y +- z_0.95 sigma.
        var (low, high) = BacktestScoring.PredictiveBand([Math.Log(50)], 0.1);

        Assert.Equal(Math.Log(50) - (1.6448536269514722 * 0.1), low, 8);
        Assert.Equal(Math.Log(50) + (1.6448536269514722 * 0.1), high, 8);
    }

    [Fact]
    public void PredictiveBand_SpreadFarWiderThanTheError_ApproachesTheReplicationsOwnBand()
    {
        // 2,001 replications evenly over [0, 20] in logs with sigma 0.01: the mixture's 5% and 95% are the sample's.
        var values = Enumerable.Range(0, 2001).Select(i => i / 100.0).ToList();

        var (low, high) = BacktestScoring.PredictiveBand(values, 0.01);

        Assert.Equal(1.0, low, 2);
        Assert.Equal(19.0, high, 2);
    }

    [Fact]
    public void PredictiveBand_IsSymmetricForASymmetricSample_AndWiderThanTheSamplesRange()
    {
        var (low, high) = BacktestScoring.PredictiveBand([1.0, 2.0, 3.0], 0.5);

        Assert.Equal(2 - low, high - 2, 8);
        Assert.True(low < 1 && high > 3, $"band [{low}, {high}]");
    }

    [Fact]
    public void FitTrend_TwoPoints_IsTheLineThroughThemInLogs()
    {
        var trend = BacktestScoring.FitTrend([(0, 10), (2, 40)])!;
        Assert.Equal(Math.Log(10), trend.Intercept, 12);
        Assert.Equal(Math.Log(2), trend.Slope, 12);
        Assert.Equal(160, trend.At(4), 9);
    }

    [Fact]
    public void FitTrend_ThreePoints_IsOrdinaryLeastSquaresOfLogs()
    {
        // ln y = 0, 1, 3 at t = 0, 1, 2: slope 1.5, intercept -1/6.
        var trend = BacktestScoring.FitTrend([(0, 1), (1, Math.E), (2, Math.Exp(3))])!;
        Assert.Equal(1.5, trend.Slope, 12);
        Assert.Equal(-1.0 / 6, trend.Intercept, 12);
    }

    [Fact]
    public void FitTrend_FewerThanTwoDistinctTimes_IsNull()
    {
        Assert.Null(BacktestScoring.FitTrend([(1, 5)]));
        Assert.Null(BacktestScoring.FitTrend([(1, 5), (1, 7)]));
        Assert.Null(BacktestScoring.FitTrend([(1, 5), (2, -1)]));
    }
}
