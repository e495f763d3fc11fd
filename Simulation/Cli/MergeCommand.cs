using System.CommandLine;
using MarketSim.Experiments.Sweeps;
using MarketSim.Scenarios;

namespace MarketSim.Cli;

/// <summary><c>merge &lt;shard-dir&gt;... --out DIR</c>: joins sweep shards into one result and summarises it.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var folders = new Argument<string[]>("shard-dir")
        {
            Description = "Shard folders (each with plan.json and runs.csv), or a sweep folder holding shard-i-of-n folders.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = CommonOptions.RequiredOut("Where the merged runs.csv, tables and charts go.");
        // Merging shows no progress; --quiet is accepted so a script can pass it to every command alike.
        var quiet = CommonOptions.Quiet();
        var command = new Command("merge", "Combine sweep shards into one sweep result (byte-identical to a single-machine sweep).")
        {
            folders, output, quiet,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            try
            {
                OutputPath.Folder(parse.GetValue(output)!, replaced: false);
                if (parse.GetValue(folders)!.All(Experiments.Calibration.CalibrationMerger.IsCalibration))
                {
                    // Calibration shards hold the global design only; --resume on the merged folder refines and reports.
                    var merged = Experiments.Calibration.CalibrationMerger.Merge(parse.GetValue(folders)!, parse.GetValue(output)!);
                    parse.InvocationConfiguration.Output.WriteLine($"merged {merged} calibration candidates: {Path.Combine(parse.GetValue(output)!, Experiments.Calibration.CandidatesCsv.FileName)}; finish with ./run.sh calibrate <calibration.json> --out {parse.GetValue(output)} --resume");
                    return ExitCodes.Ok;
                }

                var shards = SweepMerger.ShardFolders(parse.GetValue(folders)!);
                var outDirectory = parse.GetValue(output)!;
                var plan = SweepMerger.Merge(shards, outDirectory);
                parse.InvocationConfiguration.Output.WriteLine($"merged {shards.Count} shards, {plan.RunCount} runs: {Path.Combine(outDirectory, RunsCsv.FileName)}");
                var analysis = SweepAnalysis.Write(plan, outDirectory);
                var charts = SweepChartWriter.Write(plan, Path.Combine(outDirectory, "charts"), analysis.Charts);
                Report(parse.InvocationConfiguration.Output, analysis with { Files = [.. analysis.Files, .. charts] });
                return ExitCodes.Ok;
            }
            catch (InputException e)
            {
                SweepCommand.PrintErrors(error, e);
                return ExitCodes.BadInput;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    internal static void Report(TextWriter output, SweepAnalysisResult analysis)
    {
        foreach (var finding in analysis.Findings)
            output.WriteLine(finding);
        foreach (var path in analysis.Files)
        {
            if (!path.EndsWith(".svg", StringComparison.Ordinal))
                output.WriteLine($"wrote {path}");
        }
    }
}
