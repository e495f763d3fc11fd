using System.CommandLine;
using MarketSim.Output;

namespace MarketSim.Cli;

/// <summary><c>plot</c>: redraws charts from saved run folders alone; several runs are overlaid.</summary>
internal static class PlotCommandLine
{
    public static Command Create()
    {
        var runs = new Argument<string[]>("run-dir") { Description = "One or more run folders (with manifest.json and CSVs).", Arity = ArgumentArity.OneOrMore };
        var output = CommonOptions.Out("Where to write the charts (default: <run>/charts for one run, output/plots/<time> for several).");
        // Plotting shows no progress; --quiet is accepted so a script can pass it to every command alike.
        var quiet = CommonOptions.Quiet();
        var command = new Command("plot", "Redraw revenue and investor charts from saved runs (no rerun); several runs are overlaid.") { runs, output, quiet };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            return CommandGuard.Run(error, _ =>
            {
                var dirs = parse.GetValue(runs)!;
                foreach (var dir in dirs)
                {
                    if (!File.Exists(Path.Combine(dir, RunManifest.FileName)))
                    {
                        throw new Scenarios.InputException(new Scenarios.InputError(dir, null, null, "not a run folder: expected manifest.json and the run's CSVs in it"));
                    }
                }

                var outDir = parse.GetValue(output)
                    ?? (dirs.Length == 1 ? Path.Combine(dirs[0], RunArtifacts.ChartsFolder) : Path.Combine("output", "plots", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture)));
                OutputPath.Folder(outDir, replaced: false);
                var set = new PlotCommand().Plot(dirs, outDir);
                parse.InvocationConfiguration.Output.WriteLine($"{set.Charts.Count} charts written to {Path.GetFullPath(outDir)}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
