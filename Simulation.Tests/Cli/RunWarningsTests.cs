using MarketSim.Output;
using MarketSim.Tests.Fuzz;
using MarketSim.Tests.Scenarios;

namespace MarketSim.Tests.Cli;

/// <summary>Large but valid inputs run and say what the model did with them, in the run's manifest (issue 17).</summary>
public sealed class RunWarningsTests
{
    [Fact]
    public void Run_InvestorAtTheCapitalCeiling_RunsAndWarnsInTheManifest()
    {
        var root = CliHarness.TempDir();
        var scenario = Path.Combine(root, "big.json");
        File.WriteAllText(scenario, ScenarioFixture.Edit(FuzzInputs.Tiny, "{ \"id\": \"track\", \"strategy\": \"racetrack\" }", "{ \"id\": \"track\", \"strategy\": \"racetrack\", \"capital\": 1e9 }"));
        var folder = Path.Combine(root, "run");

        var (exit, _, error) = CliHarness.Run("run", scenario, "--out", folder, "--quiet", "--no-charts", "--ticks", "6");

        Assert.True(exit == 0, error);
        var manifest = RunManifest.Load(Path.Combine(folder, RunManifest.FileName));
        Assert.NotNull(manifest.Warnings);
        Assert.Contains(manifest.Warnings, w => w.StartsWith("investor 'track' asked for", StringComparison.Ordinal) && w.Contains("keeps", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OrdinaryScenario_ManifestHasNoWarnings()
    {
        var root = CliHarness.TempDir();
        var scenario = Path.Combine(root, "tiny.json");
        File.WriteAllText(scenario, FuzzInputs.Tiny);
        var folder = Path.Combine(root, "run");

        Assert.Equal(0, CliHarness.Run("run", scenario, "--out", folder, "--quiet", "--no-charts", "--ticks", "6").Exit);

        Assert.DoesNotContain("\"warnings\"", File.ReadAllText(Path.Combine(folder, RunManifest.FileName)), StringComparison.Ordinal);
    }
}
