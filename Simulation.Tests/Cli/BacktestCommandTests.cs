using MarketSim.Tests.Scenarios;
using MarketSim.Tests.Scenarios.Observations;

namespace MarketSim.Tests.Cli;

public sealed class BacktestCommandTests
{
    private static readonly string Observations = Path.Combine(CliHarness.RepoRoot, "scenarios", "observations", "ai-market-to-2026-02.csv");

    [Fact]
    public void Backtest_Baseline_WritesTablesChartsAndReport()
    {
        var dir = CliHarness.TempDir();
        try
        {
            var folder = Path.Combine(dir, "bt");
            var (exit, output, error) = CliHarness.Run("backtest", CliHarness.Baseline, "--observations", Observations, "--replications", "3",
                "--out", folder, "--quiet");
            Assert.True(exit == 0, error);
            Assert.Contains("| all |", output, StringComparison.Ordinal);
            Assert.Equal("series,firm,period_start,period_end,observed,p5,p50,p95,inside,interval_score,log_error,naive,naive_log_error,bound,respected,predictive_p5,predictive_p95,predictive_inside",
                File.ReadLines(Path.Combine(folder, "backtest.csv")).First());
            Assert.Equal("series,observations,coverage,mean_interval_score,median_abs_log_error,naive_median_abs_log_error,bound,respected,predictive_coverage",
                File.ReadLines(Path.Combine(folder, "scores.csv")).First());
            Assert.StartsWith("all,", File.ReadLines(Path.Combine(folder, "scores.csv")).Last(), StringComparison.Ordinal);
            var png = Path.Combine(folder, "charts", "fan-lab_revenue_run_rate-openai.png");
            Assert.True(new FileInfo(png).Length > 10_000);
            Assert.Contains("<svg", File.ReadAllText(Path.ChangeExtension(png, ".svg")), StringComparison.Ordinal);
            Assert.Contains("Backtest scores", File.ReadAllText(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Theory]
    [InlineData("--from", "2025-15", "--from: expected a date")]
    [InlineData("--until", "soon", "--until: expected a date")]
    [InlineData("--replications", "0", "--replications")]
    public void Backtest_BadOption_ExitsTwo(string option, string value, string expected)
    {
        var (exit, _, error) = CliHarness.Run("backtest", CliHarness.Baseline, "--observations", Observations, option, value, "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_Set_OverridesTheScenarioAndIsNoted()
    {
        using var folder = new TempFolder();
        var plain = folder.PathOf("plain");
        var demand = folder.PathOf("demand");
        var (exit, _, error) = CliHarness.Run("backtest", CliHarness.Baseline, "--observations", Observations, "--replications", "2", "--out", plain, "--quiet");
        Assert.True(exit == 0, error);
        (exit, _, error) = CliHarness.Run("backtest", CliHarness.Baseline, "--observations", Observations, "--replications", "2", "--out", demand, "--quiet",
            "--set", "customers.total_demand=8");
        Assert.True(exit == 0, error);
        Assert.NotEqual(File.ReadAllText(Path.Combine(plain, "backtest.csv")), File.ReadAllText(Path.Combine(demand, "backtest.csv")));
        Assert.Contains("Overrides: customers.total_demand=8.", File.ReadAllText(Path.Combine(demand, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_BadSet_ExitsTwoNamingIt()
    {
        var (exit, _, error) = CliHarness.Run("backtest", CliHarness.Baseline, "--observations", Observations, "--set", "customers.no_such_field=1", "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains("--set", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_SeriesTheModelDoesNotMeasure_IsReportedNotScored_WithTheNearestKnownName()
    {
        using var folder = new TempFolder();
        var path = ObservationFiles.Write(folder, "lab_revenue_run_rate,openai,2026-01-01,2026-01-31,20,USD bn/yr,,,reported,https://x,",
            "lab_revenu_run_rate,openai,2026-01-01,2026-01-31,20,USD bn/yr,,,reported,https://x,");
        var output = folder.PathOf("out");
        var (exit, stdout, error) = CliHarness.Run("backtest", CliHarness.Baseline, "--observations", path, "--replications", "2", "--out", output);
        Assert.True(exit == 0, error);
        Assert.Contains("1 observations of series the model does not measure (lab_revenu_run_rate: 1, nearest known series lab_revenue_run_rate)",
            stdout + error, StringComparison.Ordinal);
        Assert.Equal(2, File.ReadLines(Path.Combine(output, "backtest.csv")).Count());
    }

    [Fact]
    public void Backtest_BadObservationFile_ExitsTwoLocatedAndWritesNothing()
    {
        using var folder = new TempFolder();
        var path = ObservationFiles.Write(folder, "lab_revenue_run_rate,openai,2026-01-01,2026-01-31,20,USD bn/yr,,,reported,https://x,",
            "vendor_dc_revenue_quarter,nvidia,2026-01-01,2026-01-31,20,USD mn,,,reported,https://x,");
        var output = folder.PathOf("out");
        var (exit, _, error) = CliHarness.Run("backtest", CliHarness.Baseline, "--observations", path, "--out", output, "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains("obs.csv:3: column 6 (unit): unknown unit 'USD mn'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Backtest_NothingToScore_ExitsTwo()
    {
        using var folder = new TempFolder();
        var path = ObservationFiles.Write(folder, "lab_revenue_run_rate,openai,2024-01-01,2024-01-31,2,USD bn/yr,,,reported,https://x,");
        var (exit, _, error) = CliHarness.Run("backtest", CliHarness.Baseline, "--observations", path, "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains("no observation can be scored", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Backtest_AnyParallelOrCulture_WritesTheSameBytesWithInvariantNumbers()
    {
        using var folder = new TempFolder();
        var path = ObservationFiles.Write(folder,
            "lab_revenue_run_rate,openai,2025-12-01,2025-12-31,20,USD bn/yr,20,,reported,https://x,",
            "lab_revenue_run_rate,openai,2025-06-01,2025-06-30,10,USD bn/yr,,,reported,https://x,",
            "lab_revenue_run_rate,openai,2025-09-01,2025-09-30,13,USD bn/yr,,,reported,https://x,",
            "vendor_dc_revenue_quarter,nvidia,2025-11-01,2026-01-31,62.3,USD bn/quarter,,,reported,https://x,");
        var outputs = new List<byte[]>();
        foreach (var (parallel, culture) in new[] { ("1", "en-US"), ("2", "de-DE") })
        {
            using var scope = new Support.CultureScope(culture);
            var output = folder.PathOf("bt-" + parallel);
            var (exit, _, error) = CliHarness.Run("backtest", CliHarness.Baseline, "--observations", path, "--replications", "3",
                "--parallel", parallel, "--quiet", "--out", output);
            Assert.True(exit == 0, error);
            outputs.Add(File.ReadAllBytes(Path.Combine(output, "backtest.csv")));
            Assert.DoesNotMatch(@"\d,\d{3}e|;", File.ReadAllText(Path.Combine(output, "scores.csv")));
        }

        Assert.Equal(outputs[0], outputs[1]);
        var row = System.Text.Encoding.UTF8.GetString(outputs[1]).Split('\n')[1].Split(',');
        Assert.Equal(18, row.Length);
        Assert.Contains('.', row[5]);
    }
}
