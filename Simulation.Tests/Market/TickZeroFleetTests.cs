using MarketSim.Market.Agents;

namespace MarketSim.Tests.Market;

/// <summary>The ages of the tick-0 fleet (docs/model.md (I.1)).</summary>
public sealed class TickZeroFleetTests
{
    [Fact]
    public void Slices_WithoutGrowth_AreTheEvenV1Slices()
    {
        var slices = TickZeroFleet.Slices(2.7, 60, null);

        Assert.Equal(60, slices.Length);
        Assert.All(slices, s => Assert.Equal(2.7 / 60, s));
    }

    [Theory]
    [InlineData(0.08, 60)]
    [InlineData(0.02, 48)]
    [InlineData(-0.05, 36)]
    public void Slices_WithGrowth_SumToTheFleetAndFallByOnePlusGrowthWithAge(double growth, int life)
    {
        var slices = TickZeroFleet.Slices(6.3, life, growth);

        Assert.Equal(6.3, slices.Sum(), 12);
        for (var age = 1; age < life; age++)
        {
            Assert.Equal(1 + growth, slices[age - 1] / slices[age], 10);
        }
    }

    [Fact]
    public void Slices_AtEightPercentAMonth_PutTheDerivedShareOfTheFleetInTheLastYear()
    {
        // docs/tick0-state.md: 7.8-8.2% a month of fleet growth puts 60-65% of a 2025-11 fleet in the 12 months
        // before tick 0; the geometric closed form is (1 - (1+g)^-12) / (1 - (1+g)^-life).
        var slices = TickZeroFleet.Slices(1, 60, 0.08);

        var lastYear = slices.Take(12).Sum();
        Assert.Equal((1 - Math.Pow(1.08, -12)) / (1 - Math.Pow(1.08, -60)), lastYear, 12);
        Assert.InRange(lastYear, 0.60, 0.65);
    }
}
