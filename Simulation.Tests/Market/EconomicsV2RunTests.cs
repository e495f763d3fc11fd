using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>The baseline with the demand half of economics v2 switched on keeps every invariant, every tick.</summary>
public sealed class EconomicsV2RunTests
{
    [Fact]
    public void Baseline_DemandHalfOfV2On_KeepsInvariantsAndTheOpenCap()
    {
        var baseline = TestScenarios.BaselineV1();
        var scenario = baseline with
        {
            Market = baseline.Market with
            {
                TaskDemand = new TaskDemandParameters(6, 50, 0.3, 0.5, 0.05, 1200),
                Knowledge = new KnowledgeParameters(0.05, Math.Log(4.7) / 12, 0.043 * Math.Log(2.83) / 12, 0.0285, 0.01),
                Allocation = new AllocationParameters(3, 0.2),
            },
        };
        var market = new MarketModel(scenario.WithCustomerCount(5_000), 0, 7);
        for (var t = 0; t < 60; t++)
        {
            market.Step();
            Assert.Empty(InvariantChecker.Check(market));
        }

        Assert.True(market.Totals.CustomerSpend > 0);
        var frontier = market.Frontier.At(59);
        Assert.All(market.Labs.Where(l => l.OpenWeights), l => Assert.True(l.Capability <= frontier * (1 + 1e-12)));
    }
}
