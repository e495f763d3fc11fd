using System.Globalization;
using MarketSim.Tests.Cli;

namespace MarketSim.Tests.Experiments.Calibration;

/// <summary>
/// Twin experiments (docs/calibration.md): calibrate recovers known parameter values from observations the
/// model made itself, and backtest scores best.json better than the base.
/// </summary>
public sealed class TwinExperimentTests
{
    [Fact]
    public void Calibrate_OneParameter_RecoversItAndBeatsTheBase()
    {
        // Tolerance 5% of the range (0.075): see docs/calibration.md, "Twin experiments".
        using var twin = new TwinExperiment([("labs[id=openai].markup", 1.4, "uniform(0.5, 2.0)")], budget: 150);
        var best = Calibrate(twin);
        var fitted = TwinExperiment.BestValue(best, "labs[id=openai].markup");
        Assert.InRange(fitted, 1.4 - 0.075, 1.4 + 0.075);
        BestBeatsBase(twin, best);
    }

    [Fact]
    public void Calibrate_ThreeParameters_RecoversEachAndBeatsTheBase()
    {
        // Tolerance 10% of each range: three parameters share a budget of 120 candidates.
        using var twin = new TwinExperiment(
        [
            ("labs[id=openai].markup", 1.4, "uniform(0.5, 2.0)"),
            ("labs[id=anthropic].markup", 0.8, "uniform(0.5, 2.0)"),
            ("customers.total_demand", 6.0, "uniform(2.2, 8.8)"),
        ], budget: 600);
        var best = Calibrate(twin);
        Assert.InRange(TwinExperiment.BestValue(best, "labs[id=openai].markup"), 1.4 - 0.15, 1.4 + 0.15);
        Assert.InRange(TwinExperiment.BestValue(best, "labs[id=anthropic].markup"), 0.8 - 0.15, 0.8 + 0.15);
        Assert.InRange(TwinExperiment.BestValue(best, "customers.total_demand"), 6.0 - 0.66, 6.0 + 0.66);
        BestBeatsBase(twin, best);
    }

    private static string Calibrate(TwinExperiment twin)
    {
        var output = twin.PathOf("out");
        var (exit, _, error) = CliHarness.Run("calibrate", twin.CalibrationPath, "--out", output, "--quiet", "--parallel", "2");
        Assert.True(exit == 0, error);
        if (Environment.GetEnvironmentVariable("TWIN_DEBUG") is { } debug)
        {
            Directory.CreateDirectory(debug);
            foreach (var f in Directory.GetFiles(twin.Folder))
                File.Copy(f, Path.Combine(debug, Path.GetFileName(f)), true);
            foreach (var f in Directory.GetFiles(output))
                File.Copy(f, Path.Combine(debug, "out-" + Path.GetFileName(f)), true);
        }

        foreach (var file in new[] { "candidates.csv", "posterior.csv", "best.json", "backtest.csv", "scores.csv", "report.html", "calibration-plan.json" })
            Assert.True(File.Exists(Path.Combine(output, file)), file);
        return Path.Combine(output, "best.json");
    }

    private static void BestBeatsBase(TwinExperiment twin, string best)
    {
        // The base is the truth's scenario without the fitted values (customers as in the twin).
        var basePath = twin.Write("base.json", string.Create(CultureInfo.InvariantCulture,
            $"{{ \"extends\": \"{TwinExperiment.Baseline.Replace("\\", "/", StringComparison.Ordinal)}\", \"name\": \"twin-base\", \"customers\": {{ \"count\": {TwinExperiment.Customers} }} }}"));
        var scores = new List<(double IntervalScore, double LogError)>();
        foreach (var (scenario, folder) in new[] { (basePath, "bt-base"), (best, "bt-best") })
        {
            var (exit, _, error) = CliHarness.Run("backtest", scenario, "--observations", twin.ObservationsPath, "--replications", "5",
                "--seed", "99", "--out", twin.PathOf(folder), "--quiet", "--parallel", "2");
            Assert.True(exit == 0, error);
            scores.Add(TwinExperiment.AllScores(Path.Combine(twin.PathOf(folder), "scores.csv")));
        }

        Assert.True(scores[1].LogError < scores[0].LogError, $"median |log error|: best {scores[1].LogError}, base {scores[0].LogError}");
        Assert.True(scores[1].IntervalScore < scores[0].IntervalScore, $"interval score: best {scores[1].IntervalScore}, base {scores[0].IntervalScore}");
    }
}
