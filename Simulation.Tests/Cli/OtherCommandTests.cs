namespace MarketSim.Tests.Cli;

public sealed class OtherCommandTests
{
    [Fact]
    public void Validate_Baseline_IsOk()
    {
        var (exit, output, _) = CliHarness.Run("validate", CliHarness.Baseline);

        Assert.Equal(0, exit);
        Assert.Contains("ok:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BadFile_ExitsTwo()
    {
        var file = Path.Combine(CliHarness.TempDir(), "broken.json");
        File.WriteAllText(file, "{ \"name\": ");

        var (exit, _, error) = CliHarness.Run("validate", file);

        Assert.Equal(2, exit);
        Assert.Contains("broken.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void List_ScenariosFolder_ShowsTheBaseline()
    {
        var (exit, output, _) = CliHarness.Run("list", "--dir", Path.Combine(CliHarness.RepoRoot, "scenarios"));

        Assert.Equal(0, exit);
        Assert.Contains("baseline-2025", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_SavedRun_RedrawsChartsWithoutScenarioFile()
    {
        var root = CliHarness.TempDir();
        var run = Path.Combine(root, "run");
        Assert.Equal(0, CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", run, "--no-charts" }, .. CliHarness.Small]).Exit);
        var charts = Path.Combine(root, "charts");

        var (exit, _, error) = CliHarness.Run("plot", run, "--out", charts);

        Assert.True(exit == 0, error);
        Assert.NotEmpty(Directory.GetFiles(charts, "*.png"));
        Assert.NotEmpty(Directory.GetFiles(charts, "*.svg"));
    }

    [Fact]
    public void Plot_NotARunFolder_ExitsTwo()
    {
        var (exit, _, error) = CliHarness.Run("plot", CliHarness.TempDir());

        Assert.Equal(2, exit);
        Assert.Contains("manifest.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_TwoScenarios_WritesCsvWithBoth()
    {
        var csv = Path.Combine(CliHarness.TempDir(), "compare.csv");
        var small = Path.Combine(CliHarness.TempDir(), "small.json");
        File.WriteAllText(small, "{ \"extends\": \"" + CliHarness.Baseline.Replace("\\", "/", StringComparison.Ordinal) + "\", \"name\": \"small\", \"ticks\": 30, \"customers\": { \"count\": 800 } }");

        var (exit, output, error) = CliHarness.Run("compare", small, small, "--replications", "2", "--out", csv, "--quiet");

        Assert.True(exit == 0, error);
        Assert.Contains("racetrack", File.ReadAllText(csv), StringComparison.Ordinal);
        Assert.Contains("small", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_MoneyJson_PrintsOneJsonLine()
    {
        var (exit, output, _) = CliHarness.Run("bench", "--model", "money", "--agents", "1000", "--steps", "5", "--seed", "3", "--json");

        Assert.Equal(0, exit);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("{\"model\":\"money\",\"agents\":1000,\"steps\":5,\"seed\":3,", line, StringComparison.Ordinal);
        Assert.Contains("\"agent_steps_per_second\":", line, StringComparison.Ordinal);
    }
}
