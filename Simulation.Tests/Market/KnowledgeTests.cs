using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>v2 capability (docs/model.md 3.3.5b): the knowledge stock's closed form and the open-weights cap.</summary>
public sealed class KnowledgeTests
{
    private static readonly KnowledgeParameters Defaults = new(
        Depreciation: 0.05, TrainingGrowth: Math.Log(4.7) / 12, ProductivityDrift: 0.043 * Math.Log(2.83) / 12, ProductivityReversion: 0.0285, ProductivityVolatility: 0.01);

    private static ScenarioParameters WithKnowledge(ScenarioParameters s, KnowledgeParameters? p = null) =>
        s with { Market = s.Market with { Knowledge = p ?? Defaults, CapabilityExponent = 0.043 } };

    [Fact]
    public void Capability_NoTrainingNoNoise_FollowsDriftAndDepreciation()
    {
        // T = 0 and sigma_A = 0: Bk(t) = (1 - delta_B)^t Bk(0) and K(t) = K(0) exp(g_A t) (1 - delta_B)^(alpha t).
        var p = Defaults with { ProductivityVolatility = 0 };
        var market = new MarketModel(WithKnowledge(TestScenarios.Quiet(labs: 1), p), 0, 3);
        var lab = market.Labs[0];
        for (var t = 0; t < 36; t++)
        {
            market.Step();
            var expected = Math.Exp(p.ProductivityDrift * t) * Math.Pow(1 - p.Depreciation, 0.043 * t);
            Assert.Equal(expected, lab.Capability, 12);
            Assert.Equal(Math.Pow(1 - p.Depreciation, t) * lab.Parameters.TrainingCompute, lab.KnowledgeStock, 12);
        }
    }

    [Fact]
    public void KnowledgeStock_WithTraining_StartsFromBalancedGrowthAndDepreciates()
    {
        // Bk(0) = T(0) / (delta_B + g_T0), then Bk(t) = (1 - delta_B) Bk(t-1) + T(t).
        var p = Defaults with { ProductivityVolatility = 0 };
        var scenario = WithKnowledge(TestScenarios.Quiet(labs: 1).WithLabs(l => l with { TrainingCashShare = 0.6 }), p);
        var market = new MarketModel(scenario, 0, 3);
        var lab = market.Labs[0];
        var cumulative = lab.TrainingCompute;
        market.Step();
        var training = lab.TrainingCompute - cumulative;
        Assert.True(training > 0);
        Assert.Equal(training / (p.Depreciation + p.TrainingGrowth), lab.KnowledgeStock, 12);
        for (var t = 1; t < 12; t++)
        {
            var stock = lab.KnowledgeStock;
            cumulative = lab.TrainingCompute;
            market.Step();
            Assert.Equal(((1 - p.Depreciation) * stock) + (lab.TrainingCompute - cumulative), lab.KnowledgeStock, 12);
        }
    }

    [Fact]
    public void OpenWeights_NeverAboveTheClosedFrontier()
    {
        // An open lab that starts far ahead and out-trains everyone is still capped at min(F(t - lag), F(t)).
        var scenario = WithKnowledge(
            TestScenarios.Quiet(customers: 1_000, labs: 3)
                .WithLab(TestScenarios.LabId(2), l => l with { OpenWeights = true, Capability = 2.0, TrainingCashShare = 6, Cash = 1000 })
                .WithLab(TestScenarios.LabId(0), l => l with { TrainingCashShare = 0.5 }),
            Defaults with { ProductivityVolatility = 0.03 });
        var market = new MarketModel(scenario, 0, 11);
        var open = market.Labs[2];
        for (var t = 0; t < 60; t++)
        {
            market.Step();
            Assert.Empty(InvariantChecker.Check(market));
            var cap = Math.Min(market.Frontier.At(t - scenario.Market.OpenWeightsLag), market.Frontier.At(t));
            Assert.True(open.Capability <= cap * (1 + 1e-12), $"tick {t}: open {open.Capability} above {cap}");
            Assert.True(open.Capability <= market.Frontier.At(t) * (1 + 1e-12));
        }
    }

    [Fact]
    public void Productivity_SameSeed_SameReplication()
    {
        var scenario = WithKnowledge(TestScenarios.Quiet(labs: 2));
        double[] Run()
        {
            var m = new MarketModel(scenario, 0, 9);
            for (var t = 0; t < 24; t++)
            {
                m.Step();
            }

            return [m.Labs[0].Capability, m.Labs[1].Capability];
        }

        Assert.Equal(Run(), Run());
    }
}
