using MarketSim.Scenarios;
using MarketSim.Tests.Cli;
using MarketSim.Tests.Scenarios;

namespace MarketSim.Tests.Fuzz;

/// <summary>
/// Every failure the issue reported or the fuzz tests found, as a named case that stays fixed, numbered in
/// the order found. Before the fix each one crashed (a stack trace, exit 1) or, worse, ran on garbage.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static (int Exit, string Out, string Err, string Folder) Run(string text, params string[] extra)
    {
        var root = CliHarness.TempDir();
        var file = Path.Combine(root, "case.json");
        File.WriteAllText(file, text);
        var folder = Path.Combine(root, "out");
        var (exit, output, error) = CliHarness.Run([.. new[] { "run", file, "--out", folder, "--quiet", "--no-charts", "--ticks", "6" }, .. extra]);
        return (exit, output, error, folder);
    }

    private static string Tiny(string old, string replacement) => ScenarioFixture.Edit(FuzzInputs.Tiny, old, replacement);

    private static void BadInput((int Exit, string Out, string Err, string Folder) result, string message)
    {
        Assert.Equal(2, result.Exit);
        Assert.Contains(message, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(result.Folder));
    }

    /// <summary>1 (issue): CapTable.Transfer threw "Only 1000 incumbent shares are available".</summary>
    [Fact]
    public void Regression01_InvestorCapital1e15_IsBadInput() =>
        BadInput(Run(Tiny("{ \"id\": \"track\", \"strategy\": \"racetrack\" }", "{ \"id\": \"track\", \"strategy\": \"racetrack\", \"capital\": 1e15 }")), "$.investors[0].capital: must be at most 1e9 (got 1e15)");

    /// <summary>2 (issue): a lab with 1e300 of cash ran, writing NaN and absurd revenues.</summary>
    [Fact]
    public void Regression02_LabCash1e300_IsBadInput() =>
        BadInput(Run(Tiny("\"cash\": 40", "\"cash\": 1e300")), "$.labs[0].cash: must be at most 1e6 (got 1e300)");

    /// <summary>3: an extends cycle through 12 files gave a 1,130-character message listing every path.</summary>
    [Fact]
    public void Regression03_LongExtendsCycle_IsOneShortLine()
    {
        using var temp = new TempFolder();
        for (var i = 0; i < 12; i++)
            temp.Write($"a{i}.json", $$"""{ "extends": "a{{(i + 1) % 12}}.json", "name": "x" }""");

        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(temp.PathOf("a0.json"), [], ScenarioFixture.Schema));

        var message = Assert.Single(e.Errors).Message;
        Assert.StartsWith("extends cycle: ", message, StringComparison.Ordinal);
        Assert.Contains("(12 files in all)", message, StringComparison.Ordinal);
        Assert.True(message.Length < 500, message);
    }

    /// <summary>4: an investment amount of -0 passed "minimum": 0 and crashed CapTable.Issue (ThrowIfNegative).</summary>
    [Fact]
    public void Regression04_NegativeZeroAmount_ReadAsZeroAndRuns()
    {
        var result = Run(Tiny("\"amount\": 5", "\"amount\": -0"));

        Assert.True(result.Exit == 0, result.Err);
    }

    /// <summary>5: a 200,000-character cloud id came back in full inside "cloud ids are: ...".</summary>
    [Fact]
    public void Regression05_HugeId_IsRejectedAndMessagesStayShort()
    {
        var result = Run(Tiny("\"id\": \"aws\", \"name\": \"AWS\"", "\"id\": \"" + new string('n', 200_000) + "\", \"name\": \"AWS\""));

        BadInput(result, "must be at most 64 characters");
        Assert.All(result.Err.Split('\n'), line => Assert.True(line.Length < 1000, $"{line.Length} characters"));
    }

    /// <summary>
    /// 6: a reference price of 4e-15 (then valid) sent sentiment, and every valuation, to infinity (invariant
    /// broken, exit 1). Now prices are at least 1e-6, and sentiment is bounded for what remains valid.
    /// </summary>
    [Fact]
    public void Regression06_TinyReferencePrice_RunsWithFiniteValuations()
    {
        Assert.Equal(2, Run(Tiny("\"reference_price\": 0.4", "\"reference_price\": 4e-15")).Exit);
        var result = Run(Tiny("\"reference_price\": 0.4", "\"reference_price\": 1e-6"), "--check");

        Assert.True(result.Exit == 0, result.Err);
    }

    /// <summary>7: a cloud price of 4.9e-324 (positive, so valid) gave an infinite hosting payment.</summary>
    [Fact]
    public void Regression07_DenormalCloudPrice_IsBadInput() =>
        BadInput(Run(Tiny("\"price\": 2.5", "\"price\": 4.9e-324")), "$.clouds[0].price: must be at least 1e-6 (got 4.9e-324)");

    /// <summary>8: a supply-shock factor of 4.9e-324 (minimum 0, so valid) gave NaN costs.</summary>
    [Fact]
    public void Regression08_DenormalFactor_IsBadInput() =>
        BadInput(Run(Tiny("\"factor\": 0.7", "\"factor\": 4.9e-324")), "$.events[2].factor: 4.94E-324 is too close to zero");

    /// <summary>9: <c>validate ""</c> ended in an ArgumentException from Path.GetFullPath.</summary>
    [Fact]
    public void Regression09_EmptyPathArgument_ExitsTwo()
    {
        var (exit, _, error) = CliHarness.Run("validate", "");

        Assert.Equal(2, exit);
        Assert.Contains("expected a file path, got an empty one", error, StringComparison.Ordinal);
    }

    /// <summary>10: <c>run --ticks 2147483647</c> passed (only "at least 1" was checked) and ran for ever.</summary>
    [Fact]
    public void Regression10_TicksBeyondTheSchemaRange_ExitsTwo()
    {
        var root = CliHarness.TempDir();
        var file = Path.Combine(root, "tiny.json");
        File.WriteAllText(file, FuzzInputs.Tiny);

        var (exit, _, error) = CliHarness.Run("run", file, "--out", Path.Combine(root, "out"), "--quiet", "--ticks", "2147483647");

        Assert.Equal(2, exit);
        Assert.Contains("--ticks: expected a whole number from 1 to 1200, got 2147483647", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
    }

    /// <summary>11: a damaged manifest.json given to run ended in an unhandled InvalidDataException.</summary>
    [Fact]
    public void Regression11_DamagedManifest_ExitsTwo()
    {
        var root = CliHarness.TempDir();
        var manifest = Path.Combine(root, "manifest.json");
        File.WriteAllText(manifest, "{ \"scenario\": ");

        var (exit, _, error) = CliHarness.Run("run", manifest, "--out", Path.Combine(root, "out"));

        Assert.Equal(2, exit);
        Assert.Contains("not a readable run manifest", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
    }

    /// <summary>12: a manifest's own ticks (0 here) overrode the scenario's without a range check.</summary>
    [Fact]
    public void Regression12_ManifestTicksOutOfRange_ExitsTwo()
    {
        var root = CliHarness.TempDir();
        var manifest = Path.Combine(root, "manifest.json");
        File.WriteAllText(manifest, "{ \"scenario\": \"x\", \"ticks\": 0, \"resolved_scenario\": { \"name\": \"x\" } }");

        var (exit, _, error) = CliHarness.Run("run", manifest, "--out", Path.Combine(root, "out"));

        Assert.Equal(2, exit);
        Assert.Contains("$.ticks: expected a whole number from 1 to 1200, got 0", error, StringComparison.Ordinal);
    }

    /// <summary>13: an extends chain has a length limit, so a generated chain of 100 files cannot exhaust the stack.</summary>
    [Fact]
    public void Regression13_ExtendsChainOf100Files_IsBadInput()
    {
        using var temp = new TempFolder();
        temp.Write("base.json", FuzzInputs.Tiny);
        for (var i = 0; i < 100; i++)
            temp.Write($"a{i}.json", $$"""{ "extends": "{{(i == 99 ? "base" : "a" + (i + 1))}}.json" }""");

        var e = Assert.Throws<InputException>(() => ScenarioLoader.Load(temp.PathOf("a0.json"), [], ScenarioFixture.Schema));

        Assert.Contains(e.Errors, x => x.Message.Contains("extends chain longer than 64 files", StringComparison.Ordinal));
    }

    /// <summary>14: <c>--parallel ""</c> reached the range check, which asked System.CommandLine for a value it could not parse.</summary>
    [Fact]
    public void Regression14_ParallelWithNoNumber_ExitsTwo()
    {
        var (exit, _, error) = CliHarness.Run("sweep", "--parallel", "", "--shard", "1/4");

        Assert.Equal(2, exit);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.Contains("Cannot parse argument '' for option '--parallel'", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// 15 (seed 76gyP2XFJtD1): <c>compare --out DIR tiny tiny</c>, an existing folder where compare writes a
    /// CSV file, simulated both scenarios and then failed to open the folder as a file: "Access to the path
    /// ... is denied", exit 1.
    /// </summary>
    [Fact]
    public void Regression15_CompareOutExistingFolder_ExitsTwoBeforeSimulating()
    {
        using var temp = new TempFolder();
        var tiny = temp.Write("tiny.json", FuzzInputs.Tiny);
        var folder = Directory.CreateDirectory(temp.PathOf("folder")).FullName;

        var (exit, _, error) = CliHarness.Run("compare", "--out", folder, tiny, tiny);

        Assert.Equal(2, exit);
        Assert.Contains($"--out {folder}: is an existing folder; expected a file path", error, StringComparison.Ordinal);
        Assert.DoesNotContain("tiny: ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    /// <summary>
    /// 16 (probing every command after 15): an --out that is a file, lies under a file or is empty reached
    /// Directory.CreateDirectory or Path.GetFullPath, exit 1 (an "internal error" for the empty one).
    /// </summary>
    [Theory]
    [InlineData("run", "file", "is an existing file; expected a folder")]
    [InlineData("run", "under-file", "is a file, so no folder can be made inside it")]
    [InlineData("run", "empty", "--out: expected a folder path, got an empty one")]
    [InlineData("plot", "file", "is an existing file; expected a folder")]
    [InlineData("plot", "empty", "--out: expected a folder path, got an empty one")]
    [InlineData("compare", "under-file", "is a file, so no folder can be made inside it")]
    [InlineData("compare", "empty", "--out: expected a file path, got an empty one")]
    [InlineData("merge", "file", "is an existing file; expected a folder")]
    public void Regression16_OutputPathTheCommandCannotUse_ExitsTwo(string command, string kind, string message)
    {
        using var temp = new TempFolder();
        var tiny = temp.Write("tiny.json", FuzzInputs.Tiny);
        var file = temp.Write("file.json", "{}");
        var output = kind switch
        {
            "file" => file,
            "under-file" => Path.Combine(file, "sub", "x.csv"),
            _ => "",
        };
        string[] args = command switch
        {
            "run" => ["run", tiny, "--quiet", "--no-charts", "--ticks", "6", "--out", output],
            "plot" => ["plot", RunFolderOf(temp, tiny), "--out", output],
            "merge" => ["merge", temp.Root, "--out", output],
            _ => ["compare", tiny, "--quiet", "--out", output],
        };

        var (exit, _, error) = CliHarness.Run(args);

        Assert.True(exit == 2, error);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.Equal("{}", File.ReadAllText(file));
    }

    [Fact]
    public void Regression17_RunOutOverAFolderThatIsNoEarlierResult_ExitsTwoAndDeletesNothing()
    {
        // run --out replaces its folder; pointed at a folder of other files (a home folder, the scenarios) it used to
        // delete them all.
        using var temp = new TempFolder();
        var tiny = temp.Write("tiny.json", FuzzInputs.Tiny);

        var (exit, _, error) = CliHarness.Run("run", tiny, "--quiet", "--no-charts", "--ticks", "6", "--out", temp.Root);

        Assert.True(exit == 2, error);
        Assert.Contains("no earlier result", error, StringComparison.Ordinal);
        Assert.Equal(FuzzInputs.Tiny, File.ReadAllText(tiny));

        // An earlier run's folder is still replaced.
        var run = RunFolderOf(temp, tiny);
        Assert.Equal(0, CliHarness.Run("run", tiny, "--quiet", "--no-charts", "--ticks", "6", "--out", run).Exit);
    }

    /// <summary>
    /// 18 (fuzz seed fjM2vAJnwf13): with net debt of thousands of billions the lenders' balance is large, and its change over a
    /// tick, a difference of two such balances, carries their rounding (about 1e-10 of 0.28); --check then reported a broken
    /// identity where no money was lost. The tolerance now scales with the balances the change is taken from.
    /// </summary>
    [Fact]
    public void Regression18_LargeNetDebt_LendersIdentityHoldsToTheBalancesPrecision()
    {
        var folder = Path.Combine(CliHarness.TempDir(), "out");

        var (exit, _, error) = CliHarness.Run("run", CliHarness.Baseline, "--out", folder, "--quiet", "--no-charts", "--check",
            "--replications", "2", "--ticks", "24", "--set", "customers.count=2000", "--set", "clouds[id=google-cloud].cash=-50000");

        Assert.True(exit == 0, error);
    }

    /// <summary>
    /// 19 (fuzz seed 1g3lkdUiB7J3): share_in_use 0.0005 puts tick-0 use far above the top of task demand's unlock
    /// curve. Every field passed its range, so validate said ok and run crashed at tick 0 with an internal error.
    /// Loading now builds tick 0 and reports the contradiction at the field, before anything is written.
    /// </summary>
    [Theory]
    [InlineData("run")]
    [InlineData("validate")]
    public void Regression19_TickZeroUseAboveTheUnlockCeiling_IsBadInput(string command)
    {
        using var temp = new TempFolder();
        var file = temp.Write("case.json", $$"""{ "extends": "{{CliHarness.Baseline.Replace("\\", "/", StringComparison.Ordinal)}}", "market": { "task_demand": { "share_in_use": 0.0005 } } }""");
        var folder = temp.PathOf("out");
        string[] args = command == "run" ? ["run", file, "--out", folder, "--quiet", "--no-charts", "--ticks", "6"] : ["validate", file];

        var (exit, _, error) = CliHarness.Run(args);

        BadInput((exit, string.Empty, error, folder), "case.json:1: $.market.task_demand.share_in_use: at tick 0 the customers of $.customers.segments[0] already use");
        Assert.Contains("raise share_in_use or spend_ceiling", error, StringComparison.Ordinal);
    }

    /// <summary>19, as a prior: a range of share_in_use whose low end contradicts tick 0 is refused at the range, before any replication runs.</summary>
    [Fact]
    public void Regression19_PriorRangeReachingTheContradiction_IsBadInputAtTheRange()
    {
        using var temp = new TempFolder();
        var file = temp.Write("prior.json", $$"""
            { "extends": "{{CliHarness.Baseline.Replace("\\", "/", StringComparison.Ordinal)}}",
              "uncertainty": { "parameters": [ { "path": "market.task_demand.share_in_use", "distribution": "uniform(0.0005, 0.8)" } ] } }
            """);

        var (exit, _, error) = CliHarness.Run("validate", file);

        Assert.Equal(2, exit);
        Assert.Contains("$.uncertainty.parameters[0].distribution: value 0.0005 of 'market.task_demand.share_in_use' gives an invalid scenario", error, StringComparison.Ordinal);
    }

    private static string RunFolderOf(TempFolder temp, string scenario)
    {
        var run = temp.PathOf("run");
        Assert.Equal(0, CliHarness.Run("run", scenario, "--quiet", "--no-charts", "--ticks", "6", "--out", run).Exit);
        return run;
    }
}
