using System.CommandLine;
using MarketSim.Scenarios;

namespace MarketSim.Cli;

/// <summary><c>validate</c>: checks scenario files without running them; reports every error at once.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("file") { Description = "Scenario or sweep files to check.", Arity = ArgumentArity.OneOrMore };
        var set = CommonOptions.Set("Overrides to check with the files (path=value, repeatable).");
        var command = new Command("validate", "Check scenario and sweep files (syntax, schema, references, sums, ranges) without running.") { files, set };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var errors = new List<InputError>();
            foreach (var file in parse.GetValue(files)!)
            {
                try
                {
                    // Anything unrecognised goes to the scenario loader, which reports the syntax error with its line.
                    if (FileKinds.Detect(file) == FileKind.Sweep)
                    {
                        Experiments.Sweeps.SweepLoader.Load(file);
                    }
                    else
                    {
                        FileKinds.Expect(file, "validate", FileKind.Scenario, FileKind.Sweep, FileKind.Manifest);
                        ScenarioSource.Load(file, parse.GetValue(set) ?? [], "validate");
                    }

                    output.WriteLine($"ok: {file}");
                }
                catch (InputException e)
                {
                    errors.AddRange(e.Errors);
                }
            }

            return errors.Count == 0 ? ExitCodes.Ok : CommandGuard.Run(error, _ => throw new InputException(errors));
        });
        return command;
    }
}
