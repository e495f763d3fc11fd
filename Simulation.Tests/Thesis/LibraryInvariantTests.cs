using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// The ledger identities of docs/model.md section 3.3.14, with the supply, workloads, finance and default identities
/// of MODEL.md 8.6, hold every tick of every scenario of the library over 20 seeds (MarketRunner throws
/// InvariantViolationException at the first broken one). The identities are about money, not about how many
/// customers there are, so 1,000 customers do.
/// </summary>
public sealed class LibraryInvariantTests
{
    public static TheoryData<string> Scenarios() => new(ThesisRuns.Library);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_LedgerInvariants_HoldEveryTickOver20Seeds(string name)
    {
        var scenario = ThesisRuns.Load(name, "customers.count=1000");
        var ticks = ThesisRuns.Run(scenario, 20, () => new int[1], (m, p) => p[0]++, check: true);
        Assert.All(ticks, t => Assert.Equal(scenario.Ticks, t[0]));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Scenario_RunsEveryPartOfEconomicsV2(string name)
    {
        // Issue 16 item 5: the library is re-derived on v2, so no scenario may fall back to a v1 submodel unnoticed.
        var scenario = ThesisRuns.Load(name);

        Assert.NotNull(scenario.Market.TaskDemand);
        Assert.NotNull(scenario.Market.Knowledge);
        Assert.NotNull(scenario.Market.Allocation);
        Assert.NotNull(scenario.Market.Workloads);
        Assert.Equal(ValuationLaw.V2, scenario.Market.Valuation.Law);
        Assert.NotNull(scenario.Finance);
        Assert.NotNull(scenario.Supply);
        Assert.Equal(PriceRule.UserCost, scenario.Supply.PriceRule);
        Assert.Equal(CapexRule.Backlog, scenario.Supply.CapexRule);
        Assert.Equal(VendorCapacityRule.Pipeline, scenario.Supply.VendorCapacityRule);
        Assert.Contains(scenario.Investors, i => i.Strategy == StrategyKind.RacetrackListed);
    }
}
