using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>v2 allocation (docs/model.md 3.3.5c): partial adjustment toward the price-weighted target, above the minimums.</summary>
public sealed class AllocationTests
{
    private static readonly AllocationParameters Defaults = new(PriceSensitivity: 3, Adjustment: 0.2);

    private static ScenarioParameters TwoClouds(double priceB) =>
        TestScenarios.Quiet(customers: 1_000, labs: 1, clouds: 2)
            .WithClouds(c => c.Id == TestScenarios.CloudB ? c with { Price = priceB } : c)
            .WithLabs(l => l with { CloudAllocation = new Dictionary<string, double> { [TestScenarios.CloudA] = 0.5, [TestScenarios.CloudB] = 0.5 } })
            is var s ? s with { Market = s.Market with { Allocation = Defaults } } : null!;

    [Fact]
    public void Allocation_CheaperCloud_SharesConvergeGeometricallyToTarget()
    {
        var scenario = TwoClouds(1.0);
        var market = new MarketModel(scenario, 0, 3);
        var pa = scenario.Clouds[0].Price;
        var pb = scenario.Clouds[1].Price;
        var target = Math.Pow(pb, -3) / (Math.Pow(pa, -3) + Math.Pow(pb, -3));
        for (var t = 1; t <= 20; t++)
        {
            market.Step();
            Assert.Empty(InvariantChecker.Check(market));
            Assert.Equal(target + ((0.5 - target) * Math.Pow(1 - Defaults.Adjustment, t)), market.Labs[0].CurrentAllocation(1), 12);
        }
    }

    [Fact]
    public void Allocation_TakeOrPayMinimum_IsRequestedFirst()
    {
        // A large minimum at the dear cloud keeps that cloud's request at least at what the minimum buys.
        var scenario = TwoClouds(1.0).With(new ContractParameters("c1", TestScenarios.LabId(0), TestScenarios.CloudA, Total: 12, StartTick: 0, Months: 12));
        var market = new MarketModel(scenario, 0, 3);
        for (var t = 0; t < 6; t++)
        {
            market.Step();
            Assert.Empty(InvariantChecker.Check(market));
        }

        var lab = market.Labs[0];
        Assert.True(lab.ComputeSpend >= 1 - 1e-9, $"compute spend {lab.ComputeSpend} below the $1B/month minimum");
        Assert.True(market.Clouds[0].LabRevenue >= 1 - 1e-9);
    }
}
