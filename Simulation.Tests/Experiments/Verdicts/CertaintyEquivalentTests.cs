using MarketSim.Experiments.Verdicts;

namespace MarketSim.Tests.Experiments.Verdicts;

public sealed class CertaintyEquivalentTests
{
    // A two-point outcome: W = 0.5 with probability 2/3 and W = 3 with probability 1/3 (three equally likely
    // replications). With f = 0.1 the investor's wealth is 1 - f + f W: 0.95 or 1.2.
    private static readonly double[] TwoPoint = [0.5, 3, 0.5];

    [Theory]
    [InlineData(2.0)]
    [InlineData(0.5)]
    [InlineData(5.0)]
    public void Of_TwoPointDistribution_MatchesClosedForm(double gamma)
    {
        var expected = Math.Pow((2.0 / 3 * Math.Pow(0.95, 1 - gamma)) + (1.0 / 3 * Math.Pow(1.2, 1 - gamma)), 1 / (1 - gamma)) - 1;

        Assert.Equal(expected, CertaintyEquivalent.Of(TwoPoint, 0.1, gamma), 12);
    }

    [Fact]
    public void Of_GammaTwo_IsTheHarmonicMeanOfWealthMinusOne()
    {
        var expected = (3 / ((2 / 0.95) + (1 / 1.2))) - 1;

        Assert.Equal(expected, CertaintyEquivalent.Of(TwoPoint, 0.1, 2), 12);
    }

    [Fact]
    public void Of_LogUtility_IsTheGeometricMeanOfWealthMinusOne()
    {
        var expected = Math.Pow(0.95 * 0.95 * 1.2, 1.0 / 3) - 1;

        Assert.Equal(expected, CertaintyEquivalent.Of(TwoPoint, 0.1, 1), 12);
    }

    [Fact]
    public void Of_RiskNeutral_IsTheMeanReturnOfTheMix()
    {
        Assert.Equal(0.1 * (((0.5 + 3 + 0.5) / 3) - 1), CertaintyEquivalent.Of(TwoPoint, 0.1, 0), 12);
    }

    [Fact]
    public void Of_AllInWithATotalLoss_IsMinusOne()
    {
        Assert.Equal(-1, CertaintyEquivalent.Of([0, 10], 1, 2), 12);
        Assert.Equal(-1, CertaintyEquivalent.Of([0, 10], 1, 1), 12);
    }

    [Fact]
    public void Of_BadParameters_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CertaintyEquivalent.Of(TwoPoint, 0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertaintyEquivalent.Of(TwoPoint, 1.5, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => CertaintyEquivalent.Of(TwoPoint, 0.1, -1));
    }
}
