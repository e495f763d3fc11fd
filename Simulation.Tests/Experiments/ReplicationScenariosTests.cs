using System.Globalization;
using MarketSim.Experiments;
using MarketSim.Market;
using MarketSim.Scenarios;
using MarketSim.Tests.Cli;
using MarketSim.Tests.Scenarios;

namespace MarketSim.Tests.Experiments;

/// <summary>
/// A scenario's uncertainty section (docs/model.md 3.3.17): each replication runs the scenario with its own draw of the
/// uncertain parameters, a draw that depends on the seed, the replication and the path alone.
/// </summary>
public sealed class ReplicationScenariosTests : IDisposable
{
    private const string Horizon = "supply.planning_horizon";
    private const string Exponent = "market.task_demand.tokens_exponent";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Values_StayInTheirSupport_AndFollowTheirDistribution()
    {
        var scenarios = Load(Uncertain(("\"" + Horizon + "\"", "integer(6, 24)"), ("\"" + Exponent + "\"", "uniform(2, 12)")));

        var draws = Enumerable.Range(0, 2000).Select(scenarios.Values).ToList();

        Assert.All(draws, d => Assert.InRange(d[0], 6, 24));
        Assert.All(draws, d => Assert.Equal(Math.Floor(d[0]), d[0]));
        Assert.All(draws, d => Assert.InRange(d[1], 2, 12));
        // Uniform(2, 12): mean 7, sd 10/sqrt(12); the sample mean of 2,000 is within 4 standard errors of 7.
        Assert.InRange(draws.Average(d => d[1]), 7 - (4 * 2.887 / Math.Sqrt(2000)), 7 + (4 * 2.887 / Math.Sqrt(2000)));
        Assert.Equal(19, draws.Select(d => d[0]).Distinct().Count());
    }

    [Fact]
    public void Values_DependOnSeedReplicationAndPathAlone()
    {
        var both = Load(Uncertain(("\"" + Horizon + "\"", "integer(6, 24)"), ("\"" + Exponent + "\"", "uniform(2, 12)")));
        var one = Load(Uncertain(("\"" + Exponent + "\"", "uniform(2, 12)")));
        var reseeded = both.WithRun(both.Run with { Seed = both.Run.Seed + 1 });

        for (var r = 0; r < 50; r++)
        {
            // Adding a parameter leaves the others' draws alone; so does the replication count (no design across replications).
            Assert.Equal(both.Values(r)[1], one.Values(r)[0]);
            Assert.Equal(both.Values(r), both.WithRun(both.Run with { Replications = 1 }).Values(r));
        }

        Assert.NotEqual(both.Values(0), both.Values(1));
        Assert.NotEqual(both.Values(0), reseeded.Values(0));
    }

    [Fact]
    public void For_RunsExactlyThePlainScenarioSetToTheDrawnValues()
    {
        var path = Uncertain(("\"" + Horizon + "\"", "integer(6, 24)"), ("\"" + Exponent + "\"", "uniform(2, 12)"));
        var scenarios = Load(path);
        const int replication = 3;
        var values = scenarios.Values(replication);

        var drawn = MarketRunner.Run(scenarios.For(replication), replication, null, false, check: true);
        var plain = ScenarioLoader.Load(path, [
            "uncertainty=null",
            Horizon + "=" + values[0].ToString("R", CultureInfo.InvariantCulture),
            Exponent + "=" + values[1].ToString("R", CultureInfo.InvariantCulture),
        ]).Parameters;
        var reference = MarketRunner.Run(plain, replication, null, false, check: true);

        Assert.Equal(reference.Totals.LabRevenue, drawn.Totals.LabRevenue);
        Assert.Equal(reference.Totals.VendorRevenue, drawn.Totals.VendorRevenue);
        Assert.Equal(reference.Firms().Select(f => f.Valuation), drawn.Firms().Select(f => f.Valuation));
    }

    [Fact]
    public void Override_OfAnUncertainPath_IsBadInput_AndSwitchingTheSectionOffIsNot()
    {
        var path = Uncertain(("\"" + Horizon + "\"", "integer(6, 24)"), ("\"" + Exponent + "\"", "uniform(2, 12)"));
        var overrides = new[] { Horizon + "=9" };

        var e = Assert.Throws<InputException>(() => ReplicationScenarios.Of(ScenarioLoader.Load(path, overrides), overrides));
        var off = new[] { Horizon + "=9", "uncertainty=null" };
        var plain = ReplicationScenarios.Of(ScenarioLoader.Load(path, off), off);

        var error = Assert.Single(e.Errors);
        Assert.Equal("--set", error.File);
        Assert.Contains("'supply.planning_horizon' is drawn per replication by uncertainty.parameters[0]", error.Message, StringComparison.Ordinal);
        Assert.Empty(plain.Uncertain);
        Assert.Equal(9, plain.For(3).Supply!.PlanningHorizon);
    }

    [Fact]
    public void Scenario_WithoutTheSection_RunsAsItIs()
    {
        var loaded = ScenarioLoader.Load(CliHarness.Baseline, []);

        var scenarios = ReplicationScenarios.Of(loaded, []);

        Assert.Empty(scenarios.Uncertain);
        Assert.Same(loaded.Parameters, scenarios.For(7));
    }

    [Theory]
    [InlineData("\"supply.no_such_field\"", "uniform(1, 2)", "$.uncertainty.parameters[0].path", "does not resolve against the scenario")]
    [InlineData("\"" + Horizon + "\"", "uniform(2)", "$.uncertainty.parameters[0].distribution", "bad distribution 'uniform(2)'")]
    [InlineData("\"name\"", "uniform(1, 2)", "$.uncertainty.parameters[0].path", "holds a string in the scenario, not a number")]
    [InlineData("\"market.sentiment.capex_optimism\"", "uniform(0, 2)", "$.uncertainty.parameters[0].path", "has no effect on the scenario")]
    [InlineData("\"" + Horizon + "\"", "integer(0, 24)", "$.uncertainty.parameters[0].distribution", "value 0 of 'supply.planning_horizon' gives an invalid scenario")]
    public void BadEntry_IsOneLocatedError(string path, string distribution, string jsonPath, string message)
    {
        var file = Uncertain((path, distribution));

        var e = Assert.Throws<InputException>(() => Load(file));

        var error = Assert.Single(e.Errors);
        Assert.Equal(file, error.File);
        Assert.Equal(jsonPath, error.JsonPath);
        Assert.NotNull(error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Paths_TakeOneCommonDraw()
    {
        var file = _folder.Write("common.json", Section("""{ "paths": ["clouds[id=azure].facility_cost_ratio", "clouds[id=aws].facility_cost_ratio"], "distribution": "uniform(0.43, 1)" }"""));

        var scenarios = Load(file);

        var parameter = Assert.Single(scenarios.Uncertain);
        Assert.Equal("clouds[id=azure].facility_cost_ratio; clouds[id=aws].facility_cost_ratio", parameter.Path);
        for (var r = 0; r < 5; r++)
        {
            var clouds = scenarios.For(r).Clouds;
            Assert.Equal(scenarios.Values(r)[0], clouds.Single(c => c.Id == "azure").FacilityCostRatio);
            Assert.Equal(scenarios.Values(r)[0], clouds.Single(c => c.Id == "aws").FacilityCostRatio);
        }
    }

    [Fact]
    public void Entry_WithBothPathAndPaths_IsRefused()
    {
        var file = _folder.Write("both.json", Section($$"""{ "path": "{{Horizon}}", "paths": ["{{Horizon}}"], "distribution": "integer(6, 24)" }"""));

        var e = Assert.Throws<InputException>(() => Load(file));

        var error = Assert.Single(e.Errors);
        Assert.Equal("$.uncertainty.parameters[0]", error.JsonPath);
        Assert.Contains("give either path (one field) or paths", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedPath_IsRefused()
    {
        var file = Uncertain(("\"" + Horizon + "\"", "integer(6, 24)"), ("\"" + Horizon + "\"", "integer(6, 12)"));

        var e = Assert.Throws<InputException>(() => Load(file));

        var error = Assert.Single(e.Errors);
        Assert.Equal("$.uncertainty.parameters[1].path", error.JsonPath);
        Assert.Contains("is in uncertain parameter 0 already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WritesEveryReplicationsDraw_AndTheSameBytesOnOneThreadOrTwo()
    {
        var file = Uncertain(("\"" + Horizon + "\"", "integer(6, 24)"), ("\"" + Exponent + "\"", "uniform(2, 12)"));
        var one = _folder.PathOf("one");
        var two = _folder.PathOf("two");

        var a = CliHarness.Run([.. new[] { "run", file, "--out", one, "--replications", "3", "--parallel", "1", "--no-charts" }, .. CliHarness.Small]);
        var b = CliHarness.Run([.. new[] { "run", file, "--out", two, "--replications", "3", "--parallel", "2", "--no-charts" }, .. CliHarness.Small]);

        Assert.True(a.Exit == 0, a.Err);
        Assert.True(b.Exit == 0, b.Err);
        Assert.Contains("each replication draws 2 uncertain parameters", a.Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(Path.Combine(one, "parameters.csv"));
        Assert.Equal("replication,path,value", lines[0]);
        Assert.Equal(1 + (3 * 2), lines.Length);
        foreach (var table in new[] { "parameters.csv", "model.csv", "firms.csv", "investors.csv", "summary.csv", "verdict.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, table)), File.ReadAllBytes(Path.Combine(two, table)));
        // The draws differ across replications, so the replications differ by more than their random numbers.
        Assert.NotEqual(lines[1].Split(',')[2], lines[3].Split(',')[2]);
    }

    [Fact]
    public void Rerun_FromTheManifest_DrawsTheSameValues()
    {
        var file = Uncertain(("\"" + Horizon + "\"", "integer(6, 24)"), ("\"" + Exponent + "\"", "uniform(2, 12)"));
        var first = _folder.PathOf("first");
        var again = _folder.PathOf("again");

        var a = CliHarness.Run([.. new[] { "run", file, "--out", first, "--replications", "3", "--seed", "7", "--no-charts" }, .. CliHarness.Small]);
        var b = CliHarness.Run("run", Path.Combine(first, "manifest.json"), "--out", again, "--no-charts", "--quiet");

        Assert.True(a.Exit == 0, a.Err);
        Assert.True(b.Exit == 0, b.Err);
        foreach (var table in new[] { "parameters.csv", "firms.csv", "verdict.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, table)), File.ReadAllBytes(Path.Combine(again, table)));
    }

    [Fact]
    public void Backtest_WritesTheDraws_AndSaysSo()
    {
        var file = Uncertain(("\"" + Horizon + "\"", "integer(6, 24)"));
        var folder = _folder.PathOf("backtest");
        var observations = Path.Combine(CliHarness.RepoRoot, "scenarios", "observations", "ai-market-to-2026-02.csv");

        var run = CliHarness.Run("backtest", file, "--observations", observations, "--replications", "3", "--out", folder, "--quiet");

        Assert.True(run.Exit == 0, run.Err);
        Assert.Equal(1 + 3, File.ReadAllLines(Path.Combine(folder, "parameters.csv")).Length);
        Assert.Contains("each replication draws 1 uncertain parameter", File.ReadAllText(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OfAScenarioWithoutTheSection_WritesNoParametersFile()
    {
        var folder = _folder.PathOf("plain");

        var run = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", folder, "--replications", "2", "--no-charts" }, .. CliHarness.Small]);

        Assert.True(run.Exit == 0, run.Err);
        Assert.False(File.Exists(Path.Combine(folder, "parameters.csv")));
    }

    [Fact]
    public void Sweep_OfABaseWithTheSection_IsRefused()
    {
        var scenario = Uncertain(("\"" + Exponent + "\"", "uniform(2, 12)"));
        var sweep = _folder.Write("sweep.json", $$"""
            {
              "name": "s", "base": "{{Path.GetFileName(scenario)}}", "replications": 1, "seed": 1,
              "design": { "kind": "sobol", "samples": 2 },
              "parameters": [ { "path": "{{Horizon}}", "distribution": "integer(6, 24)" } ],
              "metrics": ["racetrack_advantage_lab_index"]
            }
            """);

        var run = CliHarness.Run("sweep", sweep, "--out", _folder.PathOf("sweep-out"), "--quiet");

        Assert.Equal(2, run.Exit);
        Assert.Contains("has an uncertainty section", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Err, StringComparison.Ordinal);
    }

    private static ReplicationScenarios Load(string path) => ReplicationScenarios.Of(ScenarioLoader.Load(path, []), []);

    private string Uncertain(params (string Path, string Distribution)[] entries) =>
        _folder.Write("uncertain.json", Section(string.Join(",\n      ", entries.Select(e => $$"""{ "path": {{e.Path}}, "distribution": "{{e.Distribution}}" }"""))));

    // A scenario extending the baseline with the given uncertainty entries.
    private static string Section(string items)
    {
        var baseline = CliHarness.Baseline.Replace("\\", "/", StringComparison.Ordinal);
        var schema = Path.Combine(CliHarness.RepoRoot, "scenarios", "scenario.schema.json").Replace("\\", "/", StringComparison.Ordinal);
        return $$"""
            {
              "$schema": "{{schema}}",
              "extends": "{{baseline}}",
              "uncertainty": {
                "parameters": [
                  {{items}}
                ]
              }
            }
            """;
    }
}
