namespace MarketSim.Tests.Thesis;

/// <summary>
/// The ledger identities of docs/model.md section 3.3.14 hold every tick of every scenario of the library over 20 seeds
/// (MarketRunner throws InvariantViolationException at the first broken one). The identities are about money,
/// not about how many customers there are, so 1,000 customers do.
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
}
