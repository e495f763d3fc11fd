using System.CommandLine;
using System.Globalization;
using Spectre.Console;

namespace MarketSim.Cli;

/// <summary><c>run</c>: runs a scenario file (or a run's manifest.json) and writes a run folder.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("scenario") { Description = "Scenario file (.json), or a run's manifest.json to reproduce that run." };
        var seed = CommonOptions.Seed();
        var ticks = new Option<int?>("--ticks") { Description = "Months to simulate (overrides the file's)." };
        var replications = new Option<int?>("--replications") { Description = "Independent replications (overrides the file's)." };
        var set = CommonOptions.Set("Override one value: path=value, e.g. labs[id=openai].markup=0.4 (repeatable).");
        var output = CommonOptions.Out("Run folder (default output/<scenario>/<timestamp>-seed<seed>).");
        var check = new Option<bool>("--check") { Description = "Verify the accounting invariants every tick; stop at the first broken one." };
        var parallel = CommonOptions.Parallel("Replications");
        var quiet = CommonOptions.Quiet();
        var noCharts = new Option<bool>("--no-charts") { Description = "Skip charts and report.html." };
        var noFlows = new Option<bool>("--no-flows") { Description = "Skip flows.csv (the ledger's flows, the largest file)." };
        var (precision, maxReplications) = PrecisionOptions.Create();

        var command = new Command("run", "Run a scenario: CSVs, summary, charts and report in one run folder.")
        {
            file, seed, ticks, replications, set, output, check, parallel, quiet, noCharts, noFlows, precision, maxReplications,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var stdout = parse.InvocationConfiguration.Output;
            return CommandGuard.Run(error, cancel =>
            {
                var options = new RunOptions(
                    parse.GetValue(seed),
                    Count(parse.GetValue(ticks), "--ticks", RunLimits.MaxTicks),
                    Count(parse.GetValue(replications), "--replications", RunLimits.MaxReplications),
                    parse.GetValue(output),
                    parse.GetValue(check),
                    parse.GetValue(parallel),
                    parse.GetValue(quiet),
                    !parse.GetValue(noCharts),
                    !parse.GetValue(noFlows),
                    PrecisionOptions.Precision(parse, precision, replications),
                    PrecisionOptions.Max(parse, maxReplications, precision));
                var overrides = parse.GetValue(set) ?? [];
                var loaded = ScenarioSource.Load(parse.GetValue(file)!, overrides);
                foreach (var warning in InertOverrideWarnings.For(overrides, loaded.ResolvedJson))
                    error.WriteLine(warning);
                if (ParameterDraws.Describe(loaded.Replications) is { } draws)
                    stdout.WriteLine(draws + "; values in parameters.csv");
                // The tokens start with the command's own name ("run").
                var commandLine = string.Join(' ', parse.Tokens.Select(t => t.Value));
                var outcome = RunPipeline.Execute(loaded, options, commandLine, ProgressDisplay.Create(options.Quiet, error, "months"), cancel);
                RunSummary.Print(stdout, outcome);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>A count option: null when not given, else a whole number in [1, <paramref name="maximum"/>] (the scenario schema's range).</summary>
    internal static int? Count(int? value, string option, int maximum) =>
        value is < 1 || value > maximum
            ? throw new Scenarios.InputException(new Scenarios.InputError(option, null, null,
                $"expected a whole number from 1 to {maximum.ToString(CultureInfo.InvariantCulture)}, got {value.Value.ToString(CultureInfo.InvariantCulture)}"))
            : value;
}
