using System.CommandLine;
using System.Globalization;
using MarketSim.Experiments;
using MarketSim.Experiments.Backtests;
using MarketSim.Scenarios;
using MarketSim.Scenarios.Observations;

namespace MarketSim.Cli;

/// <summary><c>backtest</c>: a scenario's simulated distribution against observed points, scored beside the naive trend.</summary>
internal static class BacktestCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("scenario") { Description = "Scenario file (.json)." };
        var observations = new Option<string>("--observations") { Description = "Observation file (CSV; companies.csv and units.csv beside it).", Required = true };
        var replications = new Option<int?>("--replications") { Description = "Replications (default: the scenario's)." };
        var seed = CommonOptions.Seed();
        var from = new Option<string?>("--from") { Description = "First date scored, yyyy-MM-dd or yyyy-MM (default: the scenario's start month); earlier observations fit the naive trend." };
        var until = new Option<string?>("--until") { Description = "Last date used, yyyy-MM-dd or yyyy-MM (default: every observation)." };
        var output = CommonOptions.Out("Output folder (default output/backtests/<scenario>).");
        var parallel = CommonOptions.Parallel("Replications");
        var quiet = CommonOptions.Quiet();
        var overrideOption = CommonOptions.Set("Override one value of the scenario: path=value, e.g. market.workloads.reach_exponent=0.5 (repeatable).");
        var command = new Command("backtest", "Hold a scenario's simulated distribution against observed data: coverage, interval score and log error beside a naive trend, with fan charts.")
        {
            file, observations, replications, seed, from, until, overrideOption, output, parallel, quiet,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var stdout = parse.InvocationConfiguration.Output;
            return CommandGuard.Run(error, cancel =>
            {
                var reps = parse.GetValue(replications);
                if (reps is < 1)
                    throw new InputException(new InputError("--replications", null, null, "expected a whole number of at least 1"));
                var threads = parse.GetValue(parallel);
                var fromDate = DateOption.Parse(parse.GetValue(from), "--from", endOfMonth: false);
                var untilDate = DateOption.Parse(parse.GetValue(until), "--until", endOfMonth: true);
                if (fromDate is { } f && untilDate is { } u && u < f)
                    throw new InputException(new InputError("--until", null, null, "is before --from"));
                FileKinds.Expect(parse.GetValue(file)!, "backtest", FileKind.Scenario);
                FileKinds.Expect(parse.GetValue(observations)!, "backtest --observations", FileKind.Observations);
                var overrides = parse.GetValue(overrideOption) ?? [];
                var loaded = ScenarioLoader.Load(parse.GetValue(file)!, overrides);
                foreach (var warning in InertOverrideWarnings.For(overrides, loaded.ResolvedJson))
                    error.WriteLine(warning);
                var scenario = loaded.Parameters;
                if (parse.GetValue(seed) is { } s)
                    scenario = scenario with { Seed = s };
                var scenarios = ReplicationScenarios.Of(loaded, overrides).WithRun(scenario);
                var set = ObservationLoader.Load(parse.GetValue(observations)!);
                var options = new BacktestOptions(reps ?? scenario.Replications, threads, fromDate, untilDate);
                var quietly = parse.GetValue(quiet);
                // Checked before the replications run, so a bad --out costs nothing.
                var target = OutputPath.Folder(parse.GetValue(output) ?? Path.Combine("output", "backtests", scenario.Name), replaced: true);
                var progress = ProgressDisplay.Create(quietly, error, "replications");
                BacktestResult? result = null;
                var gate = new object();
                progress.Run("backtest " + scenario.Name, options.Replications, 0, advance =>
                    result = BacktestRunner.Run(scenarios, set, options, () =>
                    {
                        lock (gate)
                            advance();
                    }, cancel));
                using var folder = new RunFolder(target);
                var notes = new List<string>
                {
                    string.Create(CultureInfo.InvariantCulture, $"Scenario {scenario.Name} from {scenario.StartMonth} (tick 0), {result!.Ticks} months simulated, {options.Replications} replications, seed {scenario.Seed}; observations {set.File}."),
                };
                if (overrides.Length > 0)
                    notes.Add("Overrides: " + string.Join(", ", overrides) + ".");
                if (ParameterDraws.Describe(scenarios) is { } draws)
                    notes.Add(draws + "; values in parameters.csv.");
                if (set.BuiltInTablesNote() is { } tables)
                    notes.Add(tables);
                ParameterDraws.Write(scenarios, options.Replications, folder.TempPath);
                BacktestOutput.Write(result, folder.TempPath, "Backtest: " + scenario.Name, notes, []);
                folder.Commit();
                BacktestOutput.Print(stdout, result);
                if (set.BuiltInTablesNote() is { } tablesNote)
                    stdout.WriteLine(tablesNote);
                foreach (var skipped in result.Skipped)
                    stdout.WriteLine("not scored: " + skipped);
                stdout.WriteLine($"backtest: {folder.FinalPath}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
