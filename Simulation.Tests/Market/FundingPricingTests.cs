using MarketSim.Market;
using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;

namespace MarketSim.Tests.Market;

/// <summary>How a funding round prices a lab (docs/model.md (5.12), (5.12a)): on revenue, or at its value under the v2 law.</summary>
public sealed class FundingPricingTests
{
    private static MarketModel Baseline(params string[] overrides)
    {
        var parameters = ScenarioLoader.Load(Path.Combine(Support.Repository.Root, "scenarios", "baseline-2025.json"),
            ["customers.count=500", .. overrides]).Parameters;
        var market = new MarketModel(parameters, 0, 3);
        TestRun.StepChecked(market);
        return market;
    }

    [Fact]
    public void ValuePricing_RoundPricesTheLabAtItsValueUnderTheLaw()
    {
        var market = Baseline();
        Assert.Equal(FundingPricing.Value, market.Parameters.Market.Funding.Pricing);
        var lab = (Lab)market.FirmById("anthropic")!;
        var value = market.ValueLaw!.RoundValue(lab);
        var outstanding = lab.CapTable.Outstanding;
        market.Funding.BeginTick(market.Sentiment, market.ExpectedGrowth);

        var raised = market.Funding.Raise(lab, 5);

        Assert.True(raised > 0);
        // Post-money = V* + raised, and the new shares are bought at V* / shares outstanding.
        Assert.Equal(value + raised, lab.LastRoundValuation, 9);
        Assert.Equal(outstanding * (1 + (raised / value)), lab.CapTable.Outstanding, 6);
    }

    [Fact]
    public void ValuePricing_KeepsTheMinimumRevenue_ButNotTheMultiple()
    {
        // At a minimum revenue of $10B a year no round for xAI is led under either pricing; with no minimum a
        // value-priced round does not read the multiple (a multiple of 1000 changes nothing).
        double Raise(params string[] overrides)
        {
            var m = Baseline(overrides);
            m.Funding.BeginTick(m.Sentiment, m.ExpectedGrowth);
            return m.Funding.Raise((Lab)m.FirmById("xai")!, 1);
        }

        Assert.Equal(0, Raise("market.funding.minimum_revenue=10"));
        Assert.Equal(0, Raise("market.funding.minimum_revenue=10", "market.funding.pricing=revenue"));
        var raised = Raise("market.funding.minimum_revenue=0");
        Assert.True(raised > 0);
        Assert.Equal(raised, Raise("market.funding.minimum_revenue=0", "market.funding.multiple=1000"));
    }
}
