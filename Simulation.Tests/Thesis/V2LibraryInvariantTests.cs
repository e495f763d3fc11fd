using MarketSim.Scenarios;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// Issue 16's bar for the v2 economics: the ledger identities of docs/model.md 3.3.14, with the supply, workloads,
/// finance and default identities of MODEL.md 8.6, hold every tick of every library scenario laid over the v2
/// baseline (its `extends` pointed at baseline-2025-v2.json, as the README's measurement does) over 20 seeds.
/// </summary>
public sealed class V2LibraryInvariantTests
{
    public static TheoryData<string> Scenarios() => new(ThesisRuns.Library);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void ScenarioOnTheV2Baseline_LedgerInvariants_HoldEveryTickOver20Seeds(string name)
    {
        var scenario = OnV2Baseline(name);
        Assert.NotNull(scenario.Finance);
        var ticks = ThesisRuns.Run(scenario, 20, () => new int[1], (m, p) => p[0]++, check: true);
        Assert.All(ticks, t => Assert.Equal(scenario.Ticks, t[0]));
    }

    private static MarketSim.Market.Parameters.ScenarioParameters OnV2Baseline(string name)
    {
        var v2 = Path.Combine(ThesisRuns.Repo, "scenarios", "baseline-2025-v2.json");
        if (name == "baseline-2025")
        {
            return ScenarioLoader.Load(v2, ["customers.count=1000"]).Parameters;
        }

        var text = File.ReadAllText(Path.Combine(ThesisRuns.Repo, "scenarios", name + ".json"));
        Assert.Contains("\"extends\": \"baseline-2025.json\"", text, StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("marketsim-v2lib-");
        try
        {
            var file = Path.Combine(folder.FullName, name + ".json");
            File.WriteAllText(file, text.Replace("\"extends\": \"baseline-2025.json\"", "\"extends\": " + System.Text.Json.JsonSerializer.Serialize(v2), StringComparison.Ordinal));
            return ScenarioLoader.Load(file, ["customers.count=1000"]).Parameters;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
