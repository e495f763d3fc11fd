using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

public sealed class ElasticityTests
{
    private static double[] Spend(ScenarioParameters scenario, int ticks = 3)
    {
        var market = new MarketModel(scenario, 0, 5);
        var spend = new double[ticks];
        for (var t = 0; t < ticks; t++)
        {
            market.Step();
            spend[t] = market.Totals.CustomerSpend;
        }

        return spend;
    }

    private static ScenarioParameters Market(double elasticity) =>
        TestScenarios.Quiet(customers: 5_000, labs: 2)
            .WithLab(TestScenarios.LabId(1), l => l with { Capability = 1.1, Markup = 0.8 })
            .WithSegments(s => s with { Elasticity = elasticity });

    private static ScenarioParameters Cheaper(ScenarioParameters scenario, string how) => how switch
    {
        "cloud-price" => scenario.WithClouds(c => c with { Price = c.Price / 2 }),
        "intensity" => scenario.WithLabs(l => l with { InferenceIntensity = l.InferenceIntensity / 2 }),
        _ => throw new ArgumentOutOfRangeException(nameof(how)),
    };

    [Theory]
    [InlineData(1.5, "cloud-price")]
    [InlineData(1.5, "intensity")]
    [InlineData(0.5, "cloud-price")]
    [InlineData(0.5, "intensity")]
    public void CustomerSpend_PriceHalved_MovesByTwoToTheEtaMinusOne(double elasticity, string how)
    {
        // Spend = q P with q ~ P^-eta, so halving every price multiplies spend by 2^(eta - 1): up when
        // eta > 1 (Jevons), down when eta < 1. Relative prices are unchanged, so the same customers choose
        // the same labs with the same seed.
        var control = Spend(Market(elasticity));
        var cheap = Spend(Cheaper(Market(elasticity), how));

        for (var t = 0; t < control.Length; t++)
        {
            if (elasticity > 1)
            {
                Assert.True(cheap[t] > control[t], $"tick {t}: spend {cheap[t]} at half price vs {control[t]}");
            }
            else
            {
                Assert.True(cheap[t] < control[t], $"tick {t}: spend {cheap[t]} at half price vs {control[t]}");
            }

            Assert.Equal(Math.Pow(2, elasticity - 1), cheap[t] / control[t], 9);
        }
    }
}
