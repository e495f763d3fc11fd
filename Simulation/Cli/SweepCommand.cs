using System.CommandLine;
using static System.FormattableString;
using MarketSim.Experiments.Sweeps;
using MarketSim.Scenarios;

namespace MarketSim.Cli;

/// <summary><c>sweep &lt;sweep.json&gt;</c>: runs a parameter sweep (or one shard of it), then summarises it.</summary>
internal static class SweepCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("sweep") { Description = "The sweep file (JSON, see scenarios/sweep.schema.json)." };
        var parallel = CommonOptions.Parallel("Runs");
        var output = CommonOptions.Out("Output folder (default: output/sweeps/<name>/); a shard writes into <out>/shard-i-of-n/.");
        var shard = new Option<string?>("--shard")
        {
            Description = "Run only shard i of n (0-based: runs whose id mod n is i). Without it, SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT or JOB_COMPLETION_INDEX are used when set.",
        };
        var shardCount = new Option<int?>("--shard-count") { Description = "Number of shards when the index comes from the environment (else MARKETSIM_SHARD_COUNT); with it a Slurm task id is the shard index itself, so a task resubmitted alone keeps its place." };
        var resume = new Option<bool>("--resume") { Description = "Keep the finished runs of an interrupted sweep in the output folder and run only the rest." };
        var quiet = CommonOptions.Quiet();

        var command = new Command("sweep", "Run a parameter sweep: many runs over a design, with replications, summarised with uncertainty and sensitivity.")
        {
            file, parallel, output, shard, shardCount, resume, quiet,
        };
        command.SetAction((parse, cancel) =>
        {
            var configuration = parse.InvocationConfiguration;
            var args = new Arguments(parse.GetValue(file)!, parse.GetValue(parallel), parse.GetValue(output), parse.GetValue(shard),
                parse.GetValue(shardCount), parse.GetValue(resume), parse.GetValue(quiet));
            return Task.Run(() => Execute(args, configuration.Output, configuration.Error, cancel), CancellationToken.None);
        });
        return command;
    }

    internal static void PrintErrors(TextWriter error, InputException e)
    {
        foreach (var item in e.Errors)
            error.WriteLine($"error: {item}");
    }

    private static int Execute(Arguments args, TextWriter output, TextWriter error, CancellationToken cancel)
    {
        try
        {
            if (args.Parallel < 1)
                return Fail(error, "--parallel must be at least 1");
            ShardSpec? shard;
            if (args.Shard is { } text)
            {
                if (!ShardSpec.TryParse(text, out shard, out var shardError))
                    return Fail(error, shardError);
            }
            else if (!ShardSpec.TryFromEnvironment(Environment.GetEnvironmentVariable, args.ShardCount, out shard, out var envError))
            {
                return Fail(error, envError);
            }

            FileKinds.Expect(args.File, "sweep", FileKind.Sweep);
            var spec = SweepLoader.Load(args.File);
            var plan = SweepPlan.Create(spec);
            var outDirectory = args.Out ?? Path.Combine("output", "sweeps", spec.Name);
            OutputPath.Folder(outDirectory, replaced: false);
            var options = new SweepRunOptions(outDirectory, args.Parallel, shard, args.Resume, ProgressDisplay.Create(args.Quiet, error, "runs"));
            if (!args.Quiet)
            {
                var slice = shard is null ? string.Empty : Invariant($"; shard {shard.Index} of {shard.Count} runs {shard.RunsOf(plan.RunCount)}");
                error.WriteLine(Invariant($"sweep {spec.Name}: {plan.Design.Count} points x {spec.Replications} replications = {plan.RunCount} runs{slice}, {args.Parallel} at once; plan {plan.Hash[..12]}"));
            }

            var result = SweepRunner.Run(plan, options, cancel);
            if (result.Interrupted)
            {
                var again = (args.Out is null ? string.Empty : " --out " + args.Out) + (shard is null ? string.Empty : Invariant($" --shard {shard.Index}/{shard.Count}"));
                error.WriteLine(Invariant($"interrupted: {result.Completed} of {result.Total} runs saved in {Path.Combine(result.Directory, RunsCsv.FileName)}; continue with: ./run.sh sweep {args.File}{again} --resume"));
                return ExitCodes.Interrupted;
            }

            var fresh = result.Completed - result.Resumed;
            var resumed = result.Resumed > 0 ? Invariant($", {result.Resumed} resumed") : string.Empty;
            output.WriteLine(Invariant($"{fresh} runs in {result.Elapsed.TotalSeconds:0.0} s ({fresh / Math.Max(result.Elapsed.TotalSeconds, 1e-9):0.00} runs/s){resumed}"));
            output.WriteLine($"runs: {Path.Combine(result.Directory, RunsCsv.FileName)}");
            if (shard is not null)
            {
                output.WriteLine($"shard {shard.Index} of {shard.Count} done; when every shard is done: ./run.sh merge {outDirectory} --out {outDirectory}");
                return ExitCodes.Ok;
            }

            var analysis = SweepAnalysis.Write(plan, result.Directory);
            var charts = SweepChartWriter.Write(plan, Path.Combine(result.Directory, "charts"), analysis.Charts);
            MergeCommand.Report(output, analysis with { Files = [.. analysis.Files, .. charts] });
            return ExitCodes.Ok;
        }
        catch (InputException e)
        {
            PrintErrors(error, e);
            return ExitCodes.BadInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or InvalidDataException)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"error: {message}");
        return ExitCodes.BadInput;
    }

    private sealed record Arguments(string File, int Parallel, string? Out, string? Shard, int? ShardCount, bool Resume, bool Quiet);
}
