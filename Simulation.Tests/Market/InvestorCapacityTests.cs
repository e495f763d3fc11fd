using MarketSim.Market;
using MarketSim.Market.Agents;
using MarketSim.Scenarios;
using MarketSim.Tests.Scenarios;

namespace MarketSim.Tests.Market;

/// <summary>
/// An investor larger than the shares on offer (issue 17; docs/scenario-format.md, Ranges): it buys every
/// incumbent share at the marked price, keeps the rest of its capital as cash that counts in its value,
/// and says so in a warning, instead of failing the run.
/// </summary>
public sealed class InvestorCapacityTests
{
    private static MarketModel Run(string capital)
    {
        using var temp = new TempFolder();
        var text = ScenarioFixture.Edit(ScenarioFixture.Valid,
            "{ \"id\": \"horse\", \"strategy\": \"single-lab\", \"target\": \"anthropic\", \"follow_on\": true }",
            "{ \"id\": \"horse\", \"strategy\": \"single-lab\", \"target\": \"anthropic\", \"follow_on\": true, \"capital\": " + capital + " }");
        var scenario = ScenarioLoader.Load(temp.Write("tiny.json", text), [], ScenarioFixture.Schema).Parameters;
        return MarketRunner.Run(scenario, 0, null, flows: false, check: true, ticks: 3);
    }

    [Fact]
    public void Buy_CapitalAboveTheFloat_BuysEveryShareOnOfferAndKeepsTheRestAsCash()
    {
        var market = Run("1e9");
        var horse = market.Investors.Single(i => i.InvestorId == "horse");
        var anthropic = market.Labs.Single(l => l.FirmId == "anthropic");

        Assert.Equal(0, anthropic.CapTable.SharesOf(CapTable.Incumbents), 9);
        Assert.True(horse.Cash > 0.99 * 1e6, $"cash {horse.Cash}");
        Assert.True(horse.Invested >= 1e6, $"invested {horse.Invested}"); // its capital, plus the follow-ons it takes
        Assert.True(horse.Value >= horse.Cash);
        var warning = Assert.Single(horse.Warnings);
        Assert.Contains("investor 'horse' asked for 1,000,000,000 USD million of 'anthropic'", warning, StringComparison.Ordinal);
        Assert.Contains("keeps", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Buy_CapitalWithinTheFloat_KeepsNoCashAndWarnsNothing()
    {
        var market = Run("100");

        Assert.All(market.Investors, i => Assert.Equal(0, i.Cash));
        Assert.All(market.Investors, i => Assert.Empty(i.Warnings));
    }
}
