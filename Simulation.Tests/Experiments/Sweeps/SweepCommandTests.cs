using MarketSim.Experiments.Sweeps;

namespace MarketSim.Tests.Experiments.Sweeps;

public sealed class SweepCommandTests
{
    private static readonly string[] AnalysisFiles = ["runs.csv", "summary.csv", "sensitivity.csv", "prim.csv", "plan.json"];

    [Fact]
    public void Sweep_Parallel1And4_ByteIdenticalOutputs()
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep();

        var one = SweepFixture.Run("sweep", file, "--parallel", "1", "--out", fixture.Sub("p1"), "--quiet");
        var four = SweepFixture.Run("sweep", file, "--parallel", "4", "--out", fixture.Sub("p4"), "--quiet");

        Assert.True(one.Exit == 0, one.Error);
        Assert.True(four.Exit == 0, four.Error);
        foreach (var name in AnalysisFiles)
            Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.Sub("p1"), name)), File.ReadAllBytes(Path.Combine(fixture.Sub("p4"), name)));
        var lines = File.ReadAllLines(Path.Combine(fixture.Sub("p1"), "runs.csv"));
        Assert.Equal(9, lines.Length);
        Assert.Equal("run_id,point,replication,seed,alliances_id_azure_nvidia_anthropic_lock_in,labs_id_openai_markup,"
            + "racetrack_advantage_hindsight_best,racetrack_return,toll_share,peak_round_trip_share,labs_surviving", lines[0]);
        Assert.StartsWith("3,1,1,", lines[4], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(fixture.Sub("p1"), "charts", "sweep_heatmap.png")));
        Assert.True(File.Exists(Path.Combine(fixture.Sub("p1"), "charts", "sweep_racetrack_advantage.png")));
    }

    [Fact]
    public void Sweep_Metrics_AreConsistentAndSobolBlocksShareSeeds()
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(replications: 1, design: """{ "kind": "sobol", "samples": 2 }""",
            metrics: """ "racetrack_log_advantage_hindsight_best", "racetrack_return", "hindsight_best_single_lab_return", "racetrack_advantage_hindsight_best" """);

        var result = SweepFixture.Run("sweep", file, "--out", fixture.Sub("out"), "--quiet");

        Assert.True(result.Exit == 0, result.Error);
        var lines = File.ReadAllLines(Path.Combine(fixture.Sub("out"), "runs.csv"));
        var header = lines[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        foreach (var row in rows)
        {
            double Value(string name) => double.Parse(row[Column(name)], System.Globalization.CultureInfo.InvariantCulture);
            var racetrack = Value("racetrack_return");
            var best = Value("hindsight_best_single_lab_return");
            Assert.Equal(racetrack - best, Value("racetrack_advantage_hindsight_best"), 12);
            Assert.Equal(Math.Log(Math.Max(1 + racetrack, 1e-3)) - Math.Log(Math.Max(1 + best, 1e-3)), Value("racetrack_log_advantage_hindsight_best"), 12);
        }

        // Two parameters: Saltelli blocks of 4 points (A, AB1, AB2, B) share one seed; blocks differ.
        var seeds = rows.Select(r => r[Column("seed")]).ToList();
        Assert.Equal(8, seeds.Count);
        Assert.Single(seeds.Take(4).Distinct());
        Assert.Single(seeds.Skip(4).Distinct());
        Assert.NotEqual(seeds[0], seeds[4]);
    }

    [Fact]
    public void Sweep_Sobol_WritesIndicesPerParameterAndMetric()
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(replications: 1, design: """{ "kind": "sobol", "samples": 4 }""",
            metrics: """ "racetrack_advantage_hindsight_best", "hhi" """);

        var result = SweepFixture.Run("sweep", file, "--out", fixture.Sub("out"), "--quiet");

        Assert.True(result.Exit == 0, result.Error);
        var rows = File.ReadAllLines(Path.Combine(fixture.Sub("out"), "sensitivity.csv"));
        Assert.Equal("metric,parameter,s1,s1_low,s1_high,st,st_low,st_high", rows[0]);
        Assert.Equal(5, rows.Length);
    }

    [Fact]
    public void Sweep_WithoutOut_WritesUnderOutputSweepsName()
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(name: "named", replications: 1);
        // In a process of its own: the test process's current directory is shared with the tests running beside it.
        using (var process = SweepFixture.StartIn(fixture.Folder, "sweep", file, "--quiet", "--parallel", "2"))
        {
            // Its few lines of output fit the pipe, so reading the errors to the end cannot block it.
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, error);
        }

        Assert.True(File.Exists(Path.Combine(fixture.Folder, "output", "sweeps", "named", "runs.csv")));
    }

    [Fact]
    public void Resume_AfterPartialLine_DropsItAndFinishesWithSameBytes()
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep();
        Assert.Equal(0, SweepFixture.Run("sweep", file, "--out", fixture.Sub("full"), "--quiet").Exit);
        var full = File.ReadAllBytes(Path.Combine(fixture.Sub("full"), "runs.csv"));

        // An interrupted run: plan.json, the first three rows and half a fourth.
        Directory.CreateDirectory(fixture.Sub("cut"));
        File.Copy(Path.Combine(fixture.Sub("full"), "plan.json"), Path.Combine(fixture.Sub("cut"), "plan.json"));
        var text = File.ReadAllText(Path.Combine(fixture.Sub("full"), "runs.csv"));
        var lines = text.Split('\n');
        File.WriteAllText(Path.Combine(fixture.Sub("cut"), "runs.csv"), string.Join("\n", lines.Take(4)) + "\n" + lines[4][..10]);

        var resumed = SweepFixture.Run("sweep", file, "--out", fixture.Sub("cut"), "--resume", "--quiet");

        Assert.True(resumed.Exit == 0, resumed.Error);
        Assert.Contains("3 resumed", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(full, File.ReadAllBytes(Path.Combine(fixture.Sub("cut"), "runs.csv")));
    }

    [Fact]
    public void Resume_OtherPlan_IsBadInput()
    {
        using var fixture = new SweepFixture();
        Assert.Equal(0, SweepFixture.Run("sweep", fixture.WriteSweep(seed: 1, replications: 1), "--out", fixture.Sub("out"), "--quiet").Exit);

        var result = SweepFixture.Run("sweep", fixture.WriteSweep(seed: 2, replications: 1), "--out", fixture.Sub("out"), "--resume", "--quiet");

        Assert.Equal(2, result.Exit);
        Assert.Contains("another plan", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_MissingShard_IsBadInput()
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(replications: 1);
        Assert.Equal(0, SweepFixture.Run("sweep", file, "--out", fixture.Sub("s"), "--shard", "0/2", "--quiet").Exit);

        var result = SweepFixture.Run("merge", fixture.Sub("s"), "--out", fixture.Sub("m"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("run 1 is in no shard", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "path": "labs[id=nobody].markup", "values": [1] }""", "$.parameters[0].path", 7, "no item of labs has id 'nobody'")]
    [InlineData("""{ "path": "labs[id=openai].markup", "distribution": "uniform(2,1)" }""", "$.parameters[0].distribution", 7, "bad distribution")]
    [InlineData("""{ "path": "labs[id=openai].markup", "distribution": "gaussian(0,1)" }""", "$.parameters[0].distribution", 7, "")]
    [InlineData("""{ "path": "labs[id=openai].name", "values": [1, 2] }""", "$.parameters[0].path", 7, "not a number")]
    [InlineData("""{ "path": "market.sentiment.capex_optimism", "distribution": "uniform(0,1)" }""", "$.parameters[0].path", 7, "supply.capex_rule is \"backlog\", which does not read it")]
    [InlineData("""{ "path": "market.valuation.lab_multiple", "values": [6, 18] }""", "$.parameters[0].path", 7, "market.valuation.law is \"v2\", which does not read it")]
    [InlineData("""{ "path": "customers.segments[name=enterprise].growth", "values": [0.01, 0.05] }""", "$.parameters[0].path", 7, "task demand replaces the segments' decaying growth")]
    public void Sweep_BadParameter_ExitsTwoWithFilePathAndLine(string parameter, string jsonPath, int line, string message)
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(parameters: parameter);

        var result = SweepFixture.Run("sweep", file, "--out", fixture.Sub("out"));

        Assert.Equal(2, result.Exit);
        Assert.Contains($"{file}:{line}: {jsonPath}", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Sub("out")));
    }

    [Fact]
    public void Sweep_PairedMetrics_AreTheSameRunsDifferences()
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(replications: 2, design: """{ "kind": "lhs", "samples": 2 }""",
            metrics: """ "racetrack_return", "return:bet-openai", "return:lab-index", "racetrack_advantage:bet-openai", "racetrack_log_advantage:bet-openai", "racetrack_beats:bet-openai", "racetrack_advantage_lab_index", "racetrack_log_advantage_lab_index" """);

        var result = SweepFixture.Run("sweep", file, "--out", fixture.Sub("out"), "--quiet");

        Assert.True(result.Exit == 0, result.Error);
        var lines = File.ReadAllLines(Path.Combine(fixture.Sub("out"), "runs.csv"));
        var header = lines[0].Split(',');
        foreach (var row in lines.Skip(1).Select(l => l.Split(',')))
        {
            double Value(string name) => double.Parse(row[Array.IndexOf(header, name)], System.Globalization.CultureInfo.InvariantCulture);
            double Log(double r) => Math.Log(Math.Max(1 + r, 1e-3));
            var racetrack = Value("racetrack_return");
            var bet = Value("return_bet_openai");
            var index = Value("return_lab_index");
            Assert.Equal(racetrack - bet, Value("racetrack_advantage_bet_openai"), 12);
            Assert.Equal(Log(racetrack) - Log(bet), Value("racetrack_log_advantage_bet_openai"), 12);
            Assert.Equal(racetrack > bet ? 1 : 0, Value("racetrack_beats_bet_openai"));
            Assert.Equal(racetrack - index, Value("racetrack_advantage_lab_index"), 12);
            Assert.Equal(Log(racetrack) - Log(index), Value("racetrack_log_advantage_lab_index"), 12);
        }
    }

    [Theory]
    [InlineData(""" "racetrack_advantage_best" """, "racetrack_advantage_hindsight_best")]
    [InlineData(""" "best_single_lab_return" """, "chosen after the fact")]
    [InlineData(""" "racetrack_beats:nobody" """, "no investor 'nobody'")]
    public void Sweep_RenamedOrUnknownComparison_ExitsTwoAndSaysWhy(string metrics, string message)
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(metrics: metrics);

        var result = SweepFixture.Run("sweep", file);

        Assert.Equal(2, result.Exit);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(""" "racetrack_advantage_hindsight_best", "sharpe_ratio" """, "$.metrics[1]")]
    [InlineData(""" "return:nobody" """, "$.metrics[0]")]
    public void Sweep_BadMetric_ExitsTwoWithLine(string metrics, string jsonPath)
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(metrics: metrics);

        var result = SweepFixture.Run("sweep", file);

        Assert.Equal(2, result.Exit);
        Assert.Contains($"{file}:15: {jsonPath}", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("one/two")]
    public void Sweep_BadShard_ExitsTwo(string shard)
    {
        using var fixture = new SweepFixture();
        var result = SweepFixture.Run("sweep", fixture.WriteSweep(), "--shard", shard);

        Assert.Equal(2, result.Exit);
        Assert.Contains("--shard", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_ValueOutsideScenarioRange_IsReportedBeforeAnyRun()
    {
        using var fixture = new SweepFixture();
        var file = fixture.WriteSweep(parameters: """{ "path": "customers.sensitivity_classes", "values": [2.5] }""");

        var result = SweepFixture.Run("sweep", file, "--out", fixture.Sub("out"));

        Assert.Equal(2, result.Exit);
        Assert.Contains("$.parameters[0]", result.Error, StringComparison.Ordinal);
        Assert.Contains("invalid scenario", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(fixture.Sub("out")));
    }

    [Fact]
    public void Metric_Names_SnakeCaseColumns()
    {
        Assert.True(SweepMetric.TryParse("return:bet-openai", out var metric, out _));
        Assert.Equal("return_bet_openai", metric.Column);
        Assert.False(SweepMetric.TryParse("return:", out _, out _));
    }
}
