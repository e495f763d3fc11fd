using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

public sealed class ComputeMarketTests
{
    [Fact]
    public void Serve_CapacityShort_CommittedLabServedFirstOthersRationed()
    {
        // Total inference need is 0.1 CU, half per lab; the cloud has 0.07 and lab-a holds a commitment.
        var scenario = TestScenarios.Quiet(customers: 4_000, labs: 2)
            .WithClouds(c => c with { Capacity = 0.07 })
            .With(new ContractParameters("a-commitment", TestScenarios.LabId(0), TestScenarios.CloudA, 0.24, 0, 24));
        var market = new MarketModel(scenario, 0, 2);

        TestRun.StepChecked(market);

        var (a, b) = (market.Labs[0], market.Labs[1]);
        Assert.True(a.Demand * 0.1 <= 0.07, "the committed lab's need fits the capacity");
        Assert.Equal(a.Demand, a.Served, 12);
        Assert.True(b.Served < b.Demand * 0.6, $"lab-b served {b.Served} of {b.Demand}");
        Assert.Equal(market.Clouds[0].ServingCapacity, market.Clouds[0].ServedCompute, 9);
    }

    [Fact]
    public void Settle_OpenWeightsLab_CustomersPayTheirHomeCloudAtHostingCost()
    {
        // lab-b is open weights: no lab revenue; its customers pay intensity x their home cloud's price to that cloud.
        var open = TestScenarios.LabId(1);
        var scenario = TestScenarios.Quiet(customers: 4_000, labs: 2, clouds: 2)
            .WithLab(open, l => l with { OpenWeights = true, Markup = 0, MarkupMax = 0 })
            .WithClouds(c => c.Id == TestScenarios.CloudB ? c with { Price = 3 } : c);
        var market = new MarketModel(scenario, 0, 4);

        TestRun.StepChecked(market);

        var lab = market.LabById(open);
        var perCustomer = scenario.Customers.TotalDemand / scenario.Customers.Count;
        Assert.Equal(0, lab.Revenue);
        for (var h = 0; h < 2; h++)
        {
            var cloud = market.Clouds[h];
            var expected = market.Customers.CountOf(0, lab.Index, h) * perCustomer * lab.Parameters.InferenceIntensity * cloud.Price;
            Assert.True(expected > 0);
            Assert.Equal(expected, cloud.HostingRevenue, 12);
        }

        Assert.Equal(market.Clouds.Sum(c => c.HostingRevenue), market.Exchange.HostingRevenueOf(lab), 12);
        Assert.Equal(market.Totals.LabRevenue + market.Totals.HostingRevenue, market.Totals.CustomerSpend, 12);
    }
}
