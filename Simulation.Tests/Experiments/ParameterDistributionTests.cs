using System.Globalization;
using MarketSim.Experiments;

namespace MarketSim.Tests.Experiments;

public sealed class ParameterDistributionTests
{
    [Theory]
    [InlineData(0.0, 2.0)]
    [InlineData(0.25, 3.0)]
    [InlineData(0.5, 4.0)]
    [InlineData(1.0, 6.0)]
    public void FromUnit_Uniform_IsLinear(double u, double expected) =>
        Assert.Equal(expected, ParameterDistribution.Uniform(2, 6).FromUnit(u), 12);

    [Fact]
    public void FromUnit_LogUniform_HitsBoundsAndGeometricMidpoint()
    {
        var d = ParameterDistribution.LogUniform(0.01, 100);

        Assert.Equal(0.01, d.FromUnit(0));
        Assert.Equal(1.0, d.FromUnit(0.5), 12);
        Assert.Equal(100.0, d.FromUnit(1));
        Assert.Equal(0.1, d.FromUnit(0.25), 12);
    }

    [Fact]
    public void FromUnit_Normal_MatchesKnownQuantiles()
    {
        var d = ParameterDistribution.Normal(10, 2);

        Assert.Equal(10.0, d.FromUnit(0.5), 9);
        Assert.Equal(10 + (2 * 1.959963984540054), d.FromUnit(0.975), 7);
        Assert.Equal(10 - (2 * 1.6448536269514722), d.FromUnit(0.05), 7);
        Assert.True(double.IsFinite(d.FromUnit(0)));
        Assert.True(double.IsFinite(d.FromUnit(1)));
    }

    [Fact]
    public void FromUnit_TruncatedNormal_StaysInBoundsAndHitsTruncatedMedian()
    {
        var d = ParameterDistribution.Normal(0, 1, lower: 0, upper: double.PositiveInfinity);

        // Half-normal median: Phi^-1(0.75).
        Assert.Equal(0.6744897501960817, d.FromUnit(0.5), 7);
        Assert.Equal(0.0, d.FromUnit(0));
        var upperTail = ParameterDistribution.Normal(0, 1, lower: 5, upper: 6);
        Assert.InRange(upperTail.FromUnit(0.5), 5.0, 6.0);
        Assert.Equal(5.0, upperTail.FromUnit(0), 9);
        Assert.Equal(6.0, upperTail.FromUnit(1), 9);
    }

    [Fact]
    public void FromUnit_Triangular_MatchesClosedForm()
    {
        var d = ParameterDistribution.Triangular(0, 1, 4);

        // F(mode) = (c - a)/(b - a) = 0.25; below it x = a + sqrt(u (b - a)(c - a)).
        Assert.Equal(1.0, d.FromUnit(0.25), 12);
        Assert.Equal(Math.Sqrt(0.1 * 4), d.FromUnit(0.1), 12);
        Assert.Equal(4 - Math.Sqrt(0.5 * 4 * 3), d.FromUnit(0.5), 12);
    }

    [Fact]
    public void FromUnit_Integer_BothEndpointsInclusiveWithEqualWeight()
    {
        var d = ParameterDistribution.IntegerRange(1, 3);

        Assert.Equal(1, d.FromUnit(0));
        Assert.Equal(1, d.FromUnit(0.333));
        Assert.Equal(2, d.FromUnit(0.334));
        Assert.Equal(3, d.FromUnit(0.999999));
        Assert.Equal(3, d.FromUnit(1));
    }

    [Fact]
    public void FromUnit_Discrete_IndexIsFloorOfUTimesCount()
    {
        var d = ParameterDistribution.Discrete([5, 7, 11, 13]);

        Assert.Equal(5, d.FromUnit(0.24));
        Assert.Equal(7, d.FromUnit(0.25));
        Assert.Equal(13, d.FromUnit(0.99));
        Assert.Equal(13, d.FromUnit(1));
    }

    [Fact]
    public void FromUnit_Categorical_ReturnsIndexWithLabel()
    {
        var d = ParameterDistribution.Categorical(["racetrack", "exclusive", "open"]);

        var value = d.FromUnit(0.5);

        Assert.Equal(1, value);
        Assert.Equal("exclusive", d.Label(value));
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void FromUnit_OutsideUnitInterval_Throws(double u) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ParameterDistribution.Uniform(0, 1).FromUnit(u));

    [Fact]
    public void Factories_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => ParameterDistribution.Uniform(1, 1));
        Assert.Throws<ArgumentException>(() => ParameterDistribution.LogUniform(0, 1));
        Assert.Throws<ArgumentException>(() => ParameterDistribution.Normal(0, 0));
        Assert.Throws<ArgumentException>(() => ParameterDistribution.Triangular(0, 5, 4));
        Assert.Throws<ArgumentException>(() => ParameterDistribution.IntegerRange(3, 2));
        Assert.Throws<ArgumentException>(() => ParameterDistribution.Discrete([]));
    }

    [Theory]
    [InlineData("uniform(0.5, 2)", "uniform(0.5,2)")]
    [InlineData("log-uniform(0.01,1)", "log-uniform(0.01,1)")]
    [InlineData("normal(1,0.25)", "normal(1,0.25)")]
    [InlineData("normal(1, 0.25, 0, inf)", "normal(1,0.25,0,inf)")]
    [InlineData("triangular(0,1,4)", "triangular(0,1,4)")]
    [InlineData("integer(1,10)", "integer(1,10)")]
    public void Parse_ValidSpecUnderGermanCulture_RoundTrips(string text, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            Assert.Equal(expected, ParameterDistribution.Parse(text).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [InlineData("uniform(1)")]
    [InlineData("beta(1,2)")]
    [InlineData("integer(1.5,3)")]
    [InlineData("uniform(a,b)")]
    public void Parse_InvalidSpec_ThrowsFormatException(string text) =>
        Assert.Throws<FormatException>(() => ParameterDistribution.Parse(text));

    [Fact]
    public void GridLevels_Ranges_AreEvenlySpacedWithEndsIncluded()
    {
        Assert.Equal([0.0, 0.5, 1.0], ParameterDistribution.Uniform(0, 1).GridLevels(3));
        Assert.Equal([1.0, 10.0, 100.0], ParameterDistribution.LogUniform(1, 100).GridLevels(3).Select(v => Math.Round(v, 9)));
        Assert.Equal([1.0, 2.0], ParameterDistribution.IntegerRange(1, 2).GridLevels(5));
        Assert.Equal([0.5], ParameterDistribution.Uniform(0, 1).GridLevels(1));
        Assert.Throws<ArgumentException>(() => ParameterDistribution.Normal(0, 1).GridLevels(3));
    }
}
