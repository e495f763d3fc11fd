using System.CommandLine;
using System.Globalization;
using MarketSim.Experiments.Backtests;
using MarketSim.Experiments.Calibration;
using MarketSim.Experiments.Sweeps;
using MarketSim.Output.Backtests;
using MarketSim.Scenarios;
using static System.FormattableString;

namespace MarketSim.Cli;

/// <summary><c>calibrate</c>: fit scenario parameters to observations (global design, Nelder-Mead, ABC rejection).</summary>
internal static class CalibrateCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("calibration") { Description = "The calibration file (JSON, see scenarios/calibration.schema.json)." };
        var output = CommonOptions.Out("Output folder (default: output/calibrations/<name>/); a shard writes into <out>/shard-i-of-n/.");
        var parallel = CommonOptions.Parallel("Runs");
        var resume = new Option<bool>("--resume") { Description = "Keep the finished candidates in the output folder and run only the rest (also: finish a merged set of shards)." };
        var shard = new Option<string?>("--shard") { Description = "Run only shard i of n of the global design (0-based: candidates whose number mod n is i); merge, then --resume on the merged folder." };
        var quiet = CommonOptions.Quiet();
        var command = new Command("calibrate", "Fit scenario parameters to observed data: simulated method of moments on logs, global design, Nelder-Mead refinement, ABC rejection posterior.")
        {
            file, output, parallel, resume, shard, quiet,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var stdout = parse.InvocationConfiguration.Output;
            return CommandGuard.Run(error, cancel =>
            {
                var threads = parse.GetValue(parallel);
                ShardSpec? slice = null;
                if (parse.GetValue(shard) is { } text && !ShardSpec.TryParse(text, out slice, out var shardError))
                    throw new InputException(new InputError("--shard", null, null, shardError));
                var path = parse.GetValue(file)!;
                FileKinds.Expect(path, "calibrate", FileKind.Calibration);
                var spec = CalibrationLoader.Load(path);
                var plan = CalibrationPlan.Create(spec);
                var outDirectory = parse.GetValue(output) ?? Path.Combine("output", "calibrations", spec.Name);
                OutputPath.Folder(outDirectory, replaced: false);
                var quietly = parse.GetValue(quiet);
                if (!quietly)
                {
                    error.WriteLine(Invariant($"calibrate {spec.Name}: {spec.CandidateCount} candidates x {spec.Replications} replications ({spec.GlobalCount} {spec.Global}, {spec.CandidateCount - spec.GlobalCount} {spec.Refine}), {plan.Targets.Count} observations in the loss, {plan.Ticks} months per run, {threads} at once; plan {plan.Hash[..12]}"));
                }

                var options = new CalibrationRunOptions(outDirectory, threads, slice, parse.GetValue(resume), ProgressDisplay.Create(quietly, error, "candidates"));
                var result = CalibrationRunner.Run(plan, options, cancel);
                var fresh = result.Rows.Count - Math.Min(result.Resumed, result.Rows.Count);
                stdout.WriteLine(Invariant($"{fresh} candidates ({fresh * spec.Replications} runs) in {result.Elapsed.TotalSeconds:0.0} s; candidates: {Path.Combine(result.Directory, CandidatesCsv.FileName)}"));
                if (slice is not null)
                {
                    stdout.WriteLine($"shard {slice.Index} of {slice.Count} done; when every shard is done: ./run.sh merge {outDirectory} --out {outDirectory}/merged, then ./run.sh calibrate {path} --out {outDirectory}/merged --resume");
                    return ExitCodes.Ok;
                }

                Report(spec, plan, result, outDirectory, threads, stdout, cancel);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static void Report(CalibrationSpec spec, CalibrationPlan plan, CalibrationRunResult result, string directory, int threads,
        TextWriter stdout, CancellationToken cancel)
    {
        var analysis = CalibrationAnalysis.Create(spec, result.Rows);
        analysis.WritePosterior(plan, Path.Combine(directory, CalibrationAnalysis.PosteriorFile));
        var best = BestScenario.Build(spec, FixedPaths(spec), analysis.Best.Values, directory);
        var bestPath = Path.Combine(directory, BestScenario.FileName);
        AtomicFiles.Write(bestPath, temporary => BestScenario.Write(best, temporary));

        // The fan charts and scores of best.json, loaded from the file itself: what a user would rerun.
        var loaded = ScenarioLoader.Load(bestPath, []).Parameters with { Seed = spec.Seed };
        var backtest = BacktestRunner.Run(loaded, spec.Observations, new BacktestOptions(spec.Replications, threads, null, null), null, cancel);
        var parameters = new ReportTable("Fitted parameters",
            ["path", "best", "posterior p5", "posterior p50", "posterior p95", "range"],
            spec.Space.Parameters.Select((p, j) => (IReadOnlyList<string>)[p.Path, G(analysis.Best.Values[j]), G(analysis.Quantiles[j][0]), G(analysis.Quantiles[j][1]), G(analysis.Quantiles[j][2]), p.Distribution.ToString()]).ToList(),
            Invariant($"Best: candidate {analysis.Best.Index} ({analysis.Best.Phase}), loss {analysis.Best.Loss:0.###}. Posterior: ABC rejection, the best {analysis.Accepted.Count} of {spec.GlobalCount} global candidates ({spec.Accept:P0}). A parameter whose posterior interval spans most of its range is not identified by these observations."));
        var lossTable = new ReportTable("Loss of the best candidate by series", ["series", "loss"],
            plan.Series.Select((s, i) => (IReadOnlyList<string>)[s, G(analysis.Best.SeriesLoss[i])]).ToList(),
            "Loss = sum over observations of w (ln simulated median - ln observed)^2 / sigma^2; sigma = half the log range of a published range, at least 0.10, else 0.10.");
        var notes = new List<string>
        {
            Invariant($"Calibration {spec.Name}: {result.Rows.Count} candidates x {spec.Replications} replications on {plan.Targets.Count} observations up to {(spec.Until is { } u ? u.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "the end of the set")}; base {spec.BasePath}."),
            "The backtest below is of best.json, from the base's start month, over every observation of the set (the calibration window is shaded).",
        };
        if (spec.Observations.BuiltInTablesNote() is { } tables)
            notes.Add(tables);
        BacktestOutput.Write(backtest, directory, "Calibration: " + spec.Name, notes, [parameters, lossTable]);
        foreach (var line in analysis.Describe(spec))
            stdout.WriteLine(line);
        stdout.WriteLine(Invariant($"best loss {analysis.Best.Loss:0.###} (candidate {analysis.Best.Index}, {analysis.Best.Phase})"));
        BacktestOutput.Print(stdout, backtest);
        stdout.WriteLine($"best scenario: {bestPath}");
        stdout.WriteLine($"report: {Path.Combine(directory, "report.html")}");
    }

    private static List<string> FixedPaths(CalibrationSpec spec)
    {
        // The fixed overrides (set, customers) belong to the fitted scenario too: the parameters were fitted with them.
        return [.. spec.FixedPaths];
    }

    private static string G(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
