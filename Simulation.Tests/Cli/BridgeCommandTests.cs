using MarketSim.Tests.Scenarios;

namespace MarketSim.Tests.Cli;

public sealed class BridgeCommandTests
{
    private static string Hindcast => Path.Combine(CliHarness.RepoRoot, "scenarios", "hindcast-2024.json");

    [Fact]
    public void Bridge_HindcastToBaseline_PrintsTheTableAndWritesTheCsv()
    {
        using var folder = new TempFolder();
        var csv = folder.PathOf("out/bridge.csv");
        var (exit, output, error) = CliHarness.Run("bridge", Hindcast, "--to", CliHarness.Baseline, "--replications", "2", "--out", csv, "--quiet");
        Assert.True(exit == 0, error);
        Assert.Contains("hindcast-2024 at 2025-11 (tick 22, 2 replications) against baseline-2025 at tick 0", output, StringComparison.Ordinal);
        Assert.Contains("market market captive_revenue", output, StringComparison.Ordinal);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("kind,id,measure,unit,target,p5,median,p95,log_ratio,in_band", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("lab,openai,compute_spend,usd_bn_per_month,", StringComparison.Ordinal));
        Assert.Empty(Directory.GetFiles(folder.PathOf("out"), "*.partial-*"));
    }

    [Fact]
    public void Bridge_Set_ChangesTheEarlierScenarioOnly()
    {
        // Reach off (rho 0) keeps the workloads at their tick-0 requests, so the hindcast's November-2025 captive
        // revenue falls; the baseline's tick-0 column, the comparison, is read as it is.
        using var folder = new TempFolder();
        var plain = Captive(folder.PathOf("plain.csv"));
        var unreached = Captive(folder.PathOf("rho0.csv"), "--set", "market.workloads.reach_exponent=0");
        Assert.Equal(plain.Target, unreached.Target);
        Assert.True(unreached.Median < plain.Median, $"{unreached.Median} against {plain.Median}");
    }

    [Fact]
    public void Bridge_BadSet_ExitsTwoNamingIt()
    {
        var (exit, _, error) = CliHarness.Run("bridge", Hindcast, "--to", CliHarness.Baseline, "--set", "market.workloads.reach_exponent=3", "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains("reach_exponent", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bridge_ToAScenarioThatDoesNotStartLater_ExitsTwoAndWritesNothing()
    {
        using var folder = new TempFolder();
        var csv = folder.PathOf("bridge.csv");
        var (exit, _, error) = CliHarness.Run("bridge", CliHarness.Baseline, "--to", Hindcast, "--out", csv, "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains("--to: ", error, StringComparison.Ordinal);
        Assert.Contains("starts 2024-01; expected a scenario that starts after", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(csv));
    }

    [Fact]
    public void Bridge_WithoutTo_ExitsTwo()
    {
        var (exit, _, error) = CliHarness.Run("bridge", Hindcast, "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains("--to", error, StringComparison.Ordinal);
    }

    private static (double Target, double Median) Captive(string csv, params string[] extra)
    {
        var (exit, _, error) = CliHarness.Run(["bridge", Hindcast, "--to", CliHarness.Baseline, "--replications", "2", "--out", csv, "--quiet", .. extra]);
        Assert.True(exit == 0, error);
        var fields = File.ReadLines(csv).Single(l => l.StartsWith("market,market,captive_revenue,", StringComparison.Ordinal)).Split(',');
        return (double.Parse(fields[4], System.Globalization.CultureInfo.InvariantCulture), double.Parse(fields[6], System.Globalization.CultureInfo.InvariantCulture));
    }
}
