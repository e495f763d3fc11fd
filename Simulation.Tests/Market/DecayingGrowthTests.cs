using MarketSim.Market;

namespace MarketSim.Tests.Market;

public sealed class DecayingGrowthTests
{
    [Fact]
    public void Rate_AfterOneHalfLife_IsHalved()
    {
        Assert.Equal(0.04, DecayingGrowth.Rate(0.04, 24, 0), 15);
        Assert.Equal(0.02, DecayingGrowth.Rate(0.04, 24, 24), 15);
        Assert.Equal(0.01, DecayingGrowth.Rate(0.04, 24, 48), 15);
    }

    [Fact]
    public void Rate_NoHalfLife_IsConstant()
    {
        Assert.Equal(0.04, DecayingGrowth.Rate(0.04, 0, 100));
    }

    [Fact]
    public void Level_ProductOfPastMonthsGrowth()
    {
        Assert.Equal(1, DecayingGrowth.Level(0.1, 12, 0));
        Assert.Equal(1.331, DecayingGrowth.Level(0.1, 0, 3), 12);
        Assert.Equal(1.04 * (1 + (0.04 * Math.Pow(2, -1.0 / 24))), DecayingGrowth.Level(0.04, 24, 2), 12);
    }
}
