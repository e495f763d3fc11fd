using MarketSim.Scenarios;
using MathNet.Numerics.Statistics;

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

    [Fact]
    public void BubbleBurst_OnTheV2Baseline_CapexSwingsFarMoreThanSpendAndFallsFromItsPeak()
    {
        // The bullwhip MODEL.md section 4.5 asks to see in the bubble scenario: end-customer spend grows smoothly,
        // while capex, ordered a planning horizon ahead on expected growth, booms and then drains with the supply line.
        var scenario = OnV2Baseline("bubble-burst");
        var runs = ThesisRuns.Run(scenario, 20, () => new List<(double Spend, double Capex)>(), (m, p) => p.Add((m.Totals.CustomerSpend, m.Totals.AiCapex)));

        static double Volatility(IReadOnlyList<double> x) =>
            Enumerable.Range(1, x.Count - 1).Select(i => Math.Log(Math.Max(x[i], 1e-9) / Math.Max(x[i - 1], 1e-9))).PopulationStandardDeviation();

        var spend = runs.Select(r => Volatility([.. r.Select(x => x.Spend)])).ToArray();
        var capex = runs.Select(r => Volatility([.. r.Select(x => x.Capex)])).ToArray();
        var drop = runs.Select(r =>
        {
            var c = r.Select(x => x.Capex).ToArray();
            var peak = Array.IndexOf(c, c.Max());
            return c[peak..].Min() / c[peak];
        }).ToArray();

        Assert.True(capex.Median() > 5 * spend.Median(), $"capex volatility {capex.Median()} against spend {spend.Median()}");
        Assert.True(drop.Median() < 0.5, $"capex trough over peak {drop.Median()}");
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
