namespace MarketSim.Tests.Cli;

public sealed class RunCommandTests
{
    private static readonly string[] Tables = ["model.csv", "firms.csv", "investors.csv", "flows.csv", "summary.csv", "verdict.csv"];

    [Fact]
    public void Run_SmallBaseline_WritesEveryOutputFile()
    {
        var root = CliHarness.TempDir();
        var folder = Path.Combine(root, "run");

        var (exit, output, error) = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", folder, "--replications", "2" }, .. CliHarness.Small]);

        Assert.True(exit == 0, error);
        foreach (var file in Tables.Append("manifest.json").Append("report.html"))
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), file);
        }

        Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, "charts"), "*.png"));
        Assert.Contains("Run folder", output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(root, ".*partial*"));
    }

    [Fact]
    public void Run_SetOfAFieldTheRulesDoNotRead_WarnsAndChangesNothing()
    {
        var root = CliHarness.TempDir();
        var plain = Path.Combine(root, "plain");
        var inert = Path.Combine(root, "inert");

        var a = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", plain, "--replications", "2", "--no-charts" }, .. CliHarness.Small]);
        var b = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", inert, "--replications", "2", "--no-charts", "--set", "market.sentiment.capex_optimism=3" }, .. CliHarness.Small]);

        Assert.True(a.Exit == 0, a.Err);
        Assert.True(b.Exit == 0, b.Err);
        Assert.DoesNotContain("warning", a.Err, StringComparison.Ordinal);
        Assert.Contains("warning: --set market.sentiment.capex_optimism: has no effect on this scenario: supply.capex_rule is \"backlog\"", b.Err, StringComparison.Ordinal);
        foreach (var table in Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(plain, table)), File.ReadAllBytes(Path.Combine(inert, table)));
        }
    }

    [Fact]
    public void Run_OneThreadAndTwo_GiveByteIdenticalCsvs()
    {
        var root = CliHarness.TempDir();
        var one = Path.Combine(root, "one");
        var two = Path.Combine(root, "two");

        var a = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", one, "--replications", "3", "--parallel", "1", "--no-charts" }, .. CliHarness.Small]);
        var b = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", two, "--replications", "3", "--parallel", "2", "--no-charts" }, .. CliHarness.Small]);

        Assert.Equal(0, a.Exit);
        Assert.Equal(0, b.Exit);
        foreach (var table in Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(one, table)), File.ReadAllBytes(Path.Combine(two, table)));
        }
    }

    [Fact]
    public void Run_DifferentSeeds_GiveDifferentResults()
    {
        var root = CliHarness.TempDir();
        var a = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", Path.Combine(root, "a"), "--seed", "1", "--no-charts" }, .. CliHarness.Small]);
        var b = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", Path.Combine(root, "b"), "--seed", "2", "--no-charts" }, .. CliHarness.Small]);

        Assert.Equal(0, a.Exit);
        Assert.Equal(0, b.Exit);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(root, "a", "model.csv")), File.ReadAllBytes(Path.Combine(root, "b", "model.csv")));
    }

    [Fact]
    public void Run_FromManifest_ReproducesIdenticalCsvs()
    {
        var root = CliHarness.TempDir();
        var first = Path.Combine(root, "first");
        var again = Path.Combine(root, "again");
        Assert.Equal(0, CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", first, "--seed", "99", "--replications", "2", "--no-charts", "--set", "labs[id=openai].markup=0.7" }, .. CliHarness.Small]).Exit);

        var (exit, _, error) = CliHarness.Run("run", Path.Combine(first, "manifest.json"), "--out", again, "--no-charts", "--quiet");

        Assert.True(exit == 0, error);
        foreach (var table in Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, table)), File.ReadAllBytes(Path.Combine(again, table)));
        }
    }

    [Fact]
    public void Run_WithCheck_PassesOnTheBaseline()
    {
        var folder = Path.Combine(CliHarness.TempDir(), "checked");

        var (exit, _, error) = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", folder, "--check", "--no-charts" }, .. CliHarness.Small]);

        Assert.True(exit == 0, error);
    }

    [Theory]
    [InlineData("--ticks", "0", "--ticks")]
    [InlineData("--replications", "-1", "--replications")]
    [InlineData("--set", "labs[id=opnai].markup=0.4", "opnai")]
    [InlineData("--set", "labs[id=openai].markup=abc", "markup")]
    [InlineData("--set", "customers.count=-5", "count")]
    [InlineData("--set", "no_such_field=1", "no_such_field")]
    [InlineData("--seed", "minus-one", "minus-one")]
    [InlineData("--parallel", "0", "--parallel")]
    public void Run_BadOption_ExitsTwoWithMessageAndWritesNothing(string option, string value, string mentioned)
    {
        var root = CliHarness.TempDir();
        var folder = Path.Combine(root, "never");

        var (exit, _, error) = CliHarness.Run("run", CliHarness.Baseline, "--out", folder, option, value, "--quiet");

        Assert.Equal(2, exit);
        Assert.Contains(mentioned, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
        Assert.Empty(Directory.GetFileSystemEntries(root));
    }

    [Fact]
    public void Run_MissingFile_ExitsTwoNamingIt()
    {
        var (exit, _, error) = CliHarness.Run("run", "no/such/scenario.json", "--quiet");

        Assert.Equal(2, exit);
        Assert.Contains("no/such/scenario.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedScenario_ExitsTwoWithFileAndLine()
    {
        var root = CliHarness.TempDir();
        var file = Path.Combine(root, "bad.json");
        File.WriteAllText(file, "{\n  \"extends\": \"" + CliHarness.Baseline.Replace("\\", "/", StringComparison.Ordinal) + "\",\n  \"ticks\": \"many\"\n}\n");

        var (exit, _, error) = CliHarness.Run("run", file, "--out", Path.Combine(root, "out"), "--quiet");

        Assert.Equal(2, exit);
        Assert.Contains("bad.json:3", error, StringComparison.Ordinal);
        Assert.Contains("$.ticks", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
    }

    [Fact]
    public void UnknownOption_ExitsTwo()
    {
        var (exit, _, error) = CliHarness.Run("run", CliHarness.Baseline, "--no-such-option");

        Assert.Equal(2, exit);
        Assert.Contains("--no-such-option", error, StringComparison.Ordinal);
    }
}

public sealed class RunInterruptionTests
{
    [Fact]
    public void Run_KilledPartWay_LeavesNoFolderThatLooksFinished()
    {
        var root = CliHarness.TempDir();
        var folder = Path.Combine(root, "run");
        var program = Path.Combine(AppContext.BaseDirectory, "marketsim.dll");
        var start = new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { program, "run", CliHarness.Baseline, "--out", folder, "--replications", "40", "--parallel", "1", "--quiet", "--set", "customers.count=4000" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;

        // Wait until the run has started writing (its temporary folder exists), then kill it hard.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60) && !Directory.GetDirectories(root, ".run.partial-*").Any(d => Directory.GetDirectories(d).Length > 0))
        {
            Thread.Sleep(20);
        }

        Assert.False(process.HasExited, "the run finished before it could be interrupted; make it longer");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.False(Directory.Exists(folder));
        Assert.All(Directory.GetDirectories(root), d => Assert.StartsWith(".run.partial-", Path.GetFileName(d), StringComparison.Ordinal));
        Assert.All(Directory.GetDirectories(root), d => Assert.False(File.Exists(Path.Combine(d, "manifest.json"))));
    }
}
