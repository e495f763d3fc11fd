using MarketSim.Experiments;

namespace MarketSim.Tests.Experiments;

public sealed class ReplicationSummaryTests
{
    [Fact]
    public void Compute_KnownSample_MatchesHandComputedValues()
    {
        // mean 5; squared deviations sum to 32, s^2 = 32/7; t_{0.975,7} = 2.364624251592785.
        double[] values = [2, 4, 4, 4, 5, 5, 7, 9];

        var summary = ReplicationSummary.Compute(values, 0.95, [0.25, 0.5, 0.9]);

        Assert.Equal(8, summary.Count);
        Assert.Equal(5.0, summary.Mean, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7.0), summary.StandardDeviation, 12);
        var half = 2.364624251592785 * Math.Sqrt(32.0 / 7.0) / Math.Sqrt(8);
        Assert.Equal(5 - half, summary.MeanLow, 9);
        Assert.Equal(5 + half, summary.MeanHigh, 9);

        // R7 (NumPy default): h = (n - 1) p, linear between order statistics.
        Assert.Equal(4.0, summary.Quantiles[0].Value, 12);
        Assert.Equal(4.5, summary.Quantiles[1].Value, 12);
        Assert.Equal(7.6, summary.Quantiles[2].Value, 12);
        Assert.Equal(0.9, summary.Quantiles[2].Probability);
    }

    [Fact]
    public void Compute_SingleReplication_HasNaNSpreadAndInterval()
    {
        var summary = ReplicationSummary.Compute([3.5]);

        Assert.Equal(3.5, summary.Mean);
        Assert.True(double.IsNaN(summary.StandardDeviation));
        Assert.True(double.IsNaN(summary.MeanLow));
        Assert.All(summary.Quantiles, q => Assert.Equal(3.5, q.Value));
    }

    [Fact]
    public void Compute_InvalidInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => ReplicationSummary.Compute([]));
        Assert.Throws<ArgumentException>(() => ReplicationSummary.Compute([1, double.NaN]));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReplicationSummary.Compute([1, 2], confidence: 1));
    }
}
