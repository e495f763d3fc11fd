using MarketSim.Tests.Cli;

namespace MarketSim.Tests.Experiments.Calibration;

/// <summary>calibrate through the real command tree: determinism across --parallel, shards + merge + resume, bad files.</summary>
public sealed class CalibrateCommandTests
{
    private static TwinExperiment Small() => new([("labs[id=openai].markup", 1.4, "uniform(0.5, 2.0)")], budget: 60, replications: 3);

    private static void Run(params string[] args)
    {
        var (exit, _, error) = CliHarness.Run([.. args, "--quiet"]);
        Assert.True(exit == 0, error);
    }

    [Fact]
    public void Calibrate_AnyParallelShardLayoutOrResume_GivesTheSameCandidates()
    {
        using var twin = Small();
        Run("calibrate", twin.CalibrationPath, "--out", twin.PathOf("one"), "--parallel", "1");
        Run("calibrate", twin.CalibrationPath, "--out", twin.PathOf("two"), "--parallel", "2");
        var expected = File.ReadAllBytes(twin.PathOf("one/candidates.csv"));
        Assert.Equal(expected, File.ReadAllBytes(twin.PathOf("two/candidates.csv")));
        Assert.Equal(File.ReadAllBytes(twin.PathOf("one/posterior.csv")), File.ReadAllBytes(twin.PathOf("two/posterior.csv")));

        // Two shards of the global design, merged, then finished with --resume.
        Run("calibrate", twin.CalibrationPath, "--out", twin.PathOf("s"), "--shard", "0/2");
        Run("calibrate", twin.CalibrationPath, "--out", twin.PathOf("s"), "--shard", "1/2", "--parallel", "1");
        var (exit, output, error) = CliHarness.Run("merge", twin.PathOf("s"), "--out", twin.PathOf("s/merged"));
        Assert.True(exit == 0, error);
        Assert.Contains("merged 10 calibration candidates", output, StringComparison.Ordinal);
        var merged = File.ReadAllText(twin.PathOf("s/merged/candidates.csv"));
        Assert.StartsWith(merged, File.ReadAllText(twin.PathOf("one/candidates.csv")), StringComparison.Ordinal);
        Run("calibrate", twin.CalibrationPath, "--out", twin.PathOf("s/merged"), "--resume");
        Assert.Equal(expected, File.ReadAllBytes(twin.PathOf("s/merged/candidates.csv")));

        // An interrupted run (a partial last line) resumes to the same bytes.
        var lines = File.ReadAllText(twin.PathOf("one/candidates.csv")).Split('\n');
        File.WriteAllText(twin.PathOf("one/candidates.csv"), string.Join('\n', lines.Take(8)) + "\n" + lines[8][..5]);
        Run("calibrate", twin.CalibrationPath, "--out", twin.PathOf("one"), "--resume");
        Assert.Equal(expected, File.ReadAllBytes(twin.PathOf("one/candidates.csv")));
    }

    [Fact]
    public void Calibrate_BestJson_RunsAsItIsAndExtendsTheBase()
    {
        using var twin = Small();
        Run("calibrate", twin.CalibrationPath, "--out", twin.PathOf("out"));
        var best = File.ReadAllText(twin.PathOf("out/best.json"));
        Assert.Contains("\"extends\":", best, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"openai\"", best, StringComparison.Ordinal);
        Assert.Contains("\"count\": 300", best, StringComparison.Ordinal);
        Run("run", twin.PathOf("out/best.json"), "--ticks", "2", "--replications", "1", "--no-charts", "--out", twin.PathOf("run"));
        var posterior = File.ReadAllLines(twin.PathOf("out/posterior.csv"));
        Assert.Equal("row,candidate,labs_id_openai_markup,loss", posterior[0]);
        Assert.Equal(["p5", "p50", "p95"], posterior[^3..].Select(l => l.Split(',')[0]));
        Assert.True(Directory.GetFiles(twin.PathOf("out/charts"), "*.png").Length > 0);
    }

    [Theory]
    [InlineData("\"replications\": 3,", "\"replicatons\": 3, \"replications\": 3,", "replicatons")]
    [InlineData("\"uniform(0.5, 2.0)\"", "\"uniform(2.0)\"", "$.parameters[0].distribution")]
    [InlineData("\"distribution\": \"uniform(0.5, 2.0)\"", "\"distribution\": \"uniform(0.5, 2.0)\", \"values\": [1, 2]", "$.parameters[0].values")]
    [InlineData("\"labs[id=openai].markup\"", "\"labs[id=nobody].markup\"", "$.parameters[0].path")]
    [InlineData("\"budget\": 60", "\"budget\": 2", "$.budget")]
    [InlineData("\"seed\": 7", "\"seed\": 7, \"until\": \"2026-13-01\"", "$.until")]
    [InlineData("\"seed\": 7", "\"seed\": 7, \"weights\": { \"lab_revenue\": 1 }", "unknown series 'lab_revenue'")]
    [InlineData("\"token_list_price_input\": \"point\"", "\"token_list_price_inpt\": \"point\"", "unknown series 'token_list_price_inpt'")]
    [InlineData("\"token_list_price_input\": \"point\"", "\"token_list_price_input\": \"above\"", "expected point, upper or lower, got 'above'")]
    [InlineData("\"observations\": \"obs.csv\"", "\"observations\": \"missing.csv\"", "$.observations")]
    [InlineData("\"global\": \"sobol\"", "\"global\": \"grid\"", "$.method.global")]
    [InlineData("\"uniform(0.5, 2.0)\"", "\"uniform(-5, 2.0)\"", "gives an invalid scenario")]
    public void Calibrate_BadFile_ExitsTwoWithALocatedMessage(string find, string replace, string expected)
    {
        using var twin = Small();
        // One property a line, so each error has a line of its own.
        var text = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(twin.CalibrationPath))!
            .ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        Assert.Contains(find, text, StringComparison.Ordinal);
        var bad = twin.Write("bad.json", text.Replace(find, replace, StringComparison.Ordinal));
        var (exit, _, error) = CliHarness.Run("calibrate", bad, "--out", twin.PathOf("bad-out"), "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Matches(@"error: .*(bad\.json|obs\.csv|baseline-2025\.json):\d+", error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(twin.PathOf("bad-out")));
    }

    [Fact]
    public void Calibrate_BadObservationRow_ExitsTwoNamingItsLineAndColumn()
    {
        using var twin = Small();
        File.AppendAllText(twin.ObservationsPath, "lab_revenue_run_rate,openai,2026-01-01,2026-01-31,abc,USD bn/yr,,,reported,https://x,\n");
        var (exit, _, error) = CliHarness.Run("calibrate", twin.CalibrationPath, "--out", twin.PathOf("bad-out"), "--quiet");
        Assert.Equal(2, exit);
        Assert.Contains("obs.csv:16: column 5 (value): expected a number, got 'abc'", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(twin.PathOf("bad-out")));
    }

    [Fact]
    public void Bounds_TheFileOverridesASeriesOwnBound_AndOtherSeriesKeepTheirs()
    {
        using var twin = Small();
        var spec = MarketSim.Experiments.Calibration.CalibrationLoader.Load(twin.CalibrationPath);
        static MarketSim.Experiments.Backtests.BacktestTarget Target(string series)
        {
            var observation = new MarketSim.Scenarios.Observations.Observation(series, "azure", new DateOnly(2025, 11, 1),
                new DateOnly(2026, 1, 31), 10, null, null, "USD bn", "reported", new DateOnly(2026, 2, 1), "https://x", 2);
            return new(observation, MarketSim.Scenarios.Observations.SeriesKinds.Find(series)!, "azure", 0, 2, 3);
        }

        var segmentQuarter = Target("cloud_revenue_quarter");
        var segmentYear = Target("cloud_revenue_year");
        Assert.Equal(MarketSim.Scenarios.Observations.FigureBound.Upper, segmentQuarter.Bound);
        Assert.Equal(MarketSim.Scenarios.Observations.FigureBound.Point, spec.BoundOf(segmentQuarter));
        Assert.Equal(MarketSim.Scenarios.Observations.FigureBound.Upper, spec.BoundOf(segmentYear));
    }

    [Fact]
    public void ExampleCalibration_LoadsAndPlansEightParametersOnTheShippedObservations()
    {
        var spec = MarketSim.Experiments.Calibration.CalibrationLoader.Load(
            Path.Combine(CliHarness.RepoRoot, "scenarios", "calibrations", "baseline-2025-demand.json"));
        var plan = MarketSim.Experiments.Calibration.CalibrationPlan.Create(spec);
        Assert.Equal(8, spec.Space.Count);
        Assert.Equal(200, spec.CandidateCount);
        Assert.Equal(120, spec.GlobalCount);
        Assert.DoesNotContain("contracted_backlog", plan.Series);
        Assert.True(plan.Targets.Count >= 20);
        Assert.Equal(14, plan.Ticks);
    }
}
