using MarketSim.Market;

namespace MarketSim.Tests.Market;

public sealed class LogitDockingTests
{
    private static readonly double[] Capability = [1.0, 1.3, 0.8];
    private static readonly double[] Markup = [0.5, 1.0, 0.2];
    private static readonly double[] Brand = [0.0, -0.3, 0.4];

    [Fact]
    public void Step_FixedPricesAndCapabilities_SharesDockWithClosedFormLogit()
    {
        // Fixed prices and capabilities (quiet market: no markup steps, no research volatility, no training,
        // constant efficiency, no price adjustment), no lock-in, native bonus or switching cost, no sensitivity
        // spread, review probability 1, inelastic demand so every customer demands the same.
        const double Bq = 5;
        const double Bp = 1;
        var scenario = TestScenarios.Quiet(customers: 200_000, labs: 3)
            .WithSegments(s => s with { QualitySensitivity = Bq, PriceSensitivity = Bp })
            .WithLabs(l =>
            {
                var j = l.Id[^1] - 'a';
                return l with { Capability = Capability[j], Markup = Markup[j], Brand = Brand[j] };
            });
        var market = new MarketModel(scenario, 0, 11);
        var cloudPrice = scenario.Clouds[0].Price;
        var utility = new double[3];
        for (var j = 0; j < 3; j++)
        {
            var price = (1 + Markup[j]) * scenario.Labs[j].InferenceIntensity * cloudPrice;
            utility[j] = (Bq * Math.Log(Capability[j])) - (Bp * Math.Log(price)) + Brand[j];
        }

        var denominator = utility.Sum(Math.Exp);
        var expected = utility.Select(u => Math.Exp(u) / denominator).ToArray();

        for (var tick = 0; tick < 3; tick++)
        {
            market.Step();
            for (var j = 0; j < 3; j++)
            {
                var lab = market.Labs[j];
                var customers = (double)market.Customers.CountOf(0, j, 0) / market.Customers.Adopted;
                Assert.True(Math.Abs(customers - expected[j]) < 0.005, $"tick {tick} lab {lab.FirmId}: customer share {customers:P2}, logit {expected[j]:P2}");
                Assert.True(Math.Abs(lab.DemandShare - expected[j]) < 0.005, $"tick {tick} lab {lab.FirmId}: demand share {lab.DemandShare:P2}, logit {expected[j]:P2}");
            }
        }
    }
}
