using System.Text.Json.Nodes;

namespace MarketSim.Tests.Cli;

public sealed class VerdictCliTests
{
    private static readonly string[] Compared = ["model.csv", "firms.csv", "investors.csv", "summary.csv", "verdict.csv"];

    [Fact]
    public void Run_Baseline_WritesVerdictCsv_NewSummaryColumns_AndReportLeadsWithTheVerdict()
    {
        var folder = Path.Combine(CliHarness.TempDir(), "run");

        var (exit, output, error) = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", folder, "--replications", "4", "--no-flows" }, .. CliHarness.Small]);

        Assert.True(exit == 0, error);
        var verdict = File.ReadAllLines(Path.Combine(folder, "verdict.csv"));
        Assert.Equal("investor,versus,replications,mean_difference,mean_difference_low,mean_difference_high,median_difference,probability_better,certainty_equivalent_difference,verdict", verdict[0]);
        // One row per racetrack investor (the basket and the listed companies) and other investor of the baseline
        // (eight each), each with a verdict word.
        Assert.Equal(16, verdict.Length - 1);
        Assert.All(verdict.Skip(1), line => Assert.Matches("^racetrack(-listed)?,.*,4,.*,(better|worse|undecided)$", line));
        var summary = File.ReadAllLines(Path.Combine(folder, "summary.csv"))[0].Split(',');
        Assert.Subset(summary.ToHashSet(), new HashSet<string> { "median_return", "mean_return_low", "mean_return_high", "certainty_equivalent" });
        var report = File.ReadAllText(Path.Combine(folder, "report.html"));
        var findings = report[report.IndexOf("<h2>Key findings</h2>", StringComparison.Ordinal)..];
        Assert.StartsWith("<h2>Key findings</h2>\n<ul>\n<li>Verdict at 4 replications: racetrack is ", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("Highest mean return", report, StringComparison.Ordinal);
        Assert.True(report.IndexOf("Verdict: racetrack", StringComparison.Ordinal) < report.IndexOf("Key findings", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(folder, "charts", "outcome_distribution.png")));
        Assert.Contains("Verdict", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Precision_RecordsTheStop_AndGivesTheRowsOfAFixedCountRunOfThatSize()
    {
        var root = CliHarness.TempDir();
        var adaptive = Path.Combine(root, "adaptive");
        var fixedRun = Path.Combine(root, "fixed");

        // Precision 0 is never reached by an undecided verdict: the run stops when all are decided or at the cap,
        // 25 = a batch of 20 and a short one of 5.
        var a = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", adaptive, "--precision", "0", "--max-replications", "25", "--no-charts" }, .. CliHarness.Small]);
        Assert.True(a.Exit == 0, a.Err);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(adaptive, "manifest.json")))!;
        var replications = manifest["replications"]!.GetValue<int>();
        var reason = manifest["stopped_because"]!.GetValue<string>();
        Assert.True((replications, reason) is (25, "max-replications") or (20, "every-verdict-decided"), $"{replications} {reason}");
        Assert.Equal((0.0, 25), (manifest["precision"]!.GetValue<double>(), manifest["max_replications"]!.GetValue<int>()));

        var b = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", fixedRun, "--replications", replications.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-charts" }, .. CliHarness.Small]);
        Assert.True(b.Exit == 0, b.Err);
        foreach (var table in Compared)
            Assert.Equal(File.ReadAllBytes(Path.Combine(fixedRun, table)), File.ReadAllBytes(Path.Combine(adaptive, table)));
    }

    [Theory]
    [InlineData("--precision", "0.1", "--replications", "5")]
    [InlineData("--max-replications", "50")]
    [InlineData("--precision", "-1")]
    [InlineData("--precision", "0.1", "--max-replications", "0")]
    public void Run_BadPrecisionOptions_ExitTwoWithoutRunning(params string[] options)
    {
        var folder = Path.Combine(CliHarness.TempDir(), "run");

        var (exit, _, error) = CliHarness.Run([.. new[] { "run", CliHarness.Baseline, "--out", folder }, .. options, .. CliHarness.Small]);

        Assert.Equal(2, exit);
        Assert.Contains("--", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Compare_TwoScenarios_WritesTheVerdictsOfBoth_AndLeadsWithThem()
    {
        var csv = Path.Combine(CliHarness.TempDir(), "compare.csv");
        var small = Path.Combine(CliHarness.TempDir(), "small.json");
        File.WriteAllText(small, "{ \"extends\": \"" + CliHarness.Baseline.Replace("\\", "/", StringComparison.Ordinal) + "\", \"name\": \"small\", \"ticks\": 30, \"customers\": { \"count\": 800 } }");

        var (exit, output, error) = CliHarness.Run("compare", small, small, "--replications", "3", "--out", csv, "--quiet");
        Assert.True(exit == 0, error);
        var verdicts = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(csv)!, "compare.verdict.csv"));
        Assert.Equal("scenario,investor,versus,replications,mean_difference,mean_difference_low,mean_difference_high,median_difference,probability_better,certainty_equivalent_difference,verdict", verdicts[0]);
        Assert.Equal(32, verdicts.Length - 1);
        Assert.True(output.IndexOf("Verdict of the racetrack", StringComparison.Ordinal) < output.IndexOf("Mean final return", StringComparison.Ordinal));
        var defaults = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(csv)!, "compare.defaults.csv"));
        Assert.Equal("scenario,id,kind,replications,defaults,default_share,median_default_tick", defaults[0]);
        // A row per firm of the baseline (7 labs, 5 clouds, 4 vendors) for each of the two scenarios.
        Assert.Equal(32, defaults.Length - 1);
    }

    [Fact]
    public void Compare_Defaults_AreTheRunsDefaults()
    {
        var root = CliHarness.TempDir();
        var csv = Path.Combine(root, "compare.csv");
        var scenario = Path.Combine(root, "long.json");
        // Ten years at few customers, so some firm dies (the baseline's CoreWeave defaults in most replications).
        File.WriteAllText(scenario, "{ \"extends\": \"" + CliHarness.Baseline.Replace("\\", "/", StringComparison.Ordinal) + "\", \"name\": \"long\", \"customers\": { \"count\": 800 } }");

        var compare = CliHarness.Run("compare", scenario, "--replications", "3", "--out", csv, "--quiet");
        var run = CliHarness.Run("run", scenario, "--replications", "3", "--out", Path.Combine(root, "run"), "--no-charts", "--no-flows", "--quiet");

        Assert.True(compare.Exit == 0, compare.Err);
        Assert.True(run.Exit == 0, run.Err);
        var fromCompare = File.ReadAllLines(Path.Combine(root, "compare.defaults.csv")).Skip(1).Select(l => l["long,".Length..]).ToList();
        var fromRun = File.ReadAllLines(Path.Combine(root, "run", "defaults.csv")).Skip(1).ToList();
        Assert.Equal(fromRun, fromCompare);
        Assert.Contains(fromRun, l => l.Split(',')[3] != "0");
    }

    [Fact]
    public void Compare_Precision_CapsEveryScenarioAtMaxReplications()
    {
        var csv = Path.Combine(CliHarness.TempDir(), "compare.csv");
        var small = Path.Combine(CliHarness.TempDir(), "small.json");
        File.WriteAllText(small, "{ \"extends\": \"" + CliHarness.Baseline.Replace("\\", "/", StringComparison.Ordinal) + "\", \"name\": \"small\", \"ticks\": 30, \"customers\": { \"count\": 800 } }");

        var (exit, _, error) = CliHarness.Run("compare", small, "--precision", "0", "--max-replications", "5", "--out", csv, "--quiet");

        Assert.True(exit == 0, error);
        var verdicts = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(csv)!, "compare.verdict.csv")).Skip(1).ToList();
        Assert.NotEmpty(verdicts);
        Assert.All(verdicts, line => Assert.Matches("^small,racetrack(-listed)?,", line));
        Assert.All(verdicts, line => Assert.Equal("5", line.Split(',')[3]));
    }
}
