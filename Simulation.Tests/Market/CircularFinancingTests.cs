using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

public sealed class CircularFinancingTests
{
    private const int InvestmentTick = 2;

    /// <summary>
    /// One lab spending on training at one cloud, whose short-lived fleet (background load) makes it order
    /// chips from the one vendor every month.
    /// </summary>
    private static ScenarioParameters Circle() =>
        TestScenarios.Quiet(customers: 2_000, labs: 1)
            .WithLabs(l => l with { TrainingCashShare = 0.6 })
            .WithClouds(c => c with { Capacity = 3, Life = 12, Headroom = 0.2, BackgroundDemand = 1, Cash = 2 })
            .WithVendors(v => v with { Cash = 100 });

    [Fact]
    public void RoundTripShare_VendorInvestsInAlliedLab_VendorRevenueCarriesItsMoneyTheTickAfter()
    {
        var lab = TestScenarios.LabId(0);
        var scenario = Circle().With(TestScenarios.Vertical(
            "circle", TestScenarios.CloudA, [lab], [TestScenarios.VendorA],
            investments: [new InvestmentParameters(TestScenarios.VendorA, lab, 50, InvestmentTick, InvestmentForm.Cash)]));

        var shares = TestRun.Probe(scenario, InvestmentTick + 3, m => (Vendor: m.VendorById(TestScenarios.VendorA).RoundTripShare, Cloud: m.Clouds[0].RoundTripShare, VendorRevenue: m.Vendors[0].Revenue));

        for (var t = 0; t < InvestmentTick; t++)
        {
            Assert.Equal(0, shares[t].Vendor);
        }

        Assert.True(shares[InvestmentTick + 1].VendorRevenue > 0, "the vendor sells chips every month");
        Assert.True(shares[InvestmentTick + 1].Vendor > 0, $"vendor round-trip share the tick after investing: {shares[InvestmentTick + 1].Vendor}");
        Assert.True(shares[InvestmentTick + 1].Vendor < 1);

        // The cloud is an ally, so the vendor's money reaching it is round-tripped for it too.
        Assert.True(shares[InvestmentTick].Cloud > 0, $"cloud round-trip share in the investment tick: {shares[InvestmentTick].Cloud}");
    }

    [Fact]
    public void RoundTripShare_NoAlliancesOrInvestments_IsZeroForEveryFirmEveryTick()
    {
        var shares = TestRun.Probe(Circle(), 12, m => m.Firms().Select(f => f.RoundTripShare).Append(m.Totals.RoundTripShare).ToList());

        Assert.All(shares, tick => Assert.All(tick, share => Assert.Equal(0, share)));
    }
}
