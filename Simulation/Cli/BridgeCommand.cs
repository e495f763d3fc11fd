using System.CommandLine;
using System.Globalization;
using MarketSim.Experiments;
using MarketSim.Experiments.Bridges;
using MarketSim.Output;
using MarketSim.Scenarios;
using Spectre.Console;

namespace MarketSim.Cli;

/// <summary>
/// <c>bridge</c>: runs an earlier scenario up to a later scenario's start month and sets its simulated state beside
/// the later scenario's tick-0 state (docs/calibration.md, Bridge).
/// </summary>
internal static class BridgeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("scenario") { Description = "The earlier scenario (.json), run up to the later one's start month." };
        var to = new Option<string>("--to") { Description = "The later scenario (.json), whose tick-0 state is the comparison.", Required = true };
        var replications = new Option<int?>("--replications") { Description = "Replications of each scenario (default: the earlier scenario's)." };
        var seed = CommonOptions.Seed();
        var output = CommonOptions.Out("CSV file (default output/bridges/<scenario>-to-<later scenario>.csv).");
        var parallel = CommonOptions.Parallel("Replications");
        var quiet = CommonOptions.Quiet();
        var set = CommonOptions.Set("Override one value of the earlier scenario: path=value (repeatable); the later one is the comparison and is read as it is.");
        var command = new Command("bridge", "Run a scenario up to a later scenario's start month and set its state there beside the later one's tick-0 state: each firm's revenue, compute, fleet and the market's totals.")
        {
            file, to, replications, seed, set, output, parallel, quiet,
        };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var stdout = parse.InvocationConfiguration.Output;
            return CommandGuard.Run(error, cancel =>
            {
                var count = RunCommand.Count(parse.GetValue(replications), "--replications", RunLimits.MaxReplications);
                FileKinds.Expect(parse.GetValue(file)!, "bridge", FileKind.Scenario);
                FileKinds.Expect(parse.GetValue(to)!, "bridge --to", FileKind.Scenario);
                var overrides = parse.GetValue(set) ?? [];
                var from = Load(parse.GetValue(file)!, parse.GetValue(seed), overrides, error);
                var later = Load(parse.GetValue(to)!, parse.GetValue(seed), [], error);
                var months = BridgeRunner.MonthsBetween(from.Run, later.Run);
                if (months < 1)
                    throw new InputException(new InputError("--to", null, null,
                        $"{parse.GetValue(to)} starts {later.Run.StartMonth}; expected a scenario that starts after {parse.GetValue(file)} ({from.Run.StartMonth})"));
                if (months + 1 > RunLimits.MaxTicks)
                    throw new InputException(new InputError("--to", null, null, $"starts {months} months after {parse.GetValue(file)}; expected at most {RunLimits.MaxTicks - 1}"));
                var reps = count ?? from.Run.Replications;
                var path = OutputPath.File(parse.GetValue(output) ?? Path.Combine("output", "bridges", $"{from.Run.Name}-to-{later.Run.Name}.csv"));
                var progress = ProgressDisplay.Create(parse.GetValue(quiet), error, "replications");
                BridgeResult? result = null;
                var gate = new object();
                progress.Run($"bridge {from.Run.Name} to {later.Run.Name} ({later.Run.StartMonth})", 2L * reps, 0, advance =>
                    result = BridgeRunner.Run(from, later, reps, parse.GetValue(parallel), () =>
                    {
                        lock (gate)
                            advance();
                    }, cancel));
                Write(path, result!.Rows);
                Print(stdout, from.Run.Name, later.Run.Name, reps, result);
                stdout.WriteLine($"Bridge CSV: {path}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static ReplicationScenarios Load(string path, ulong? seed, string[] overrides, TextWriter error)
    {
        var loaded = ScenarioLoader.Load(path, overrides);
        foreach (var warning in InertOverrideWarnings.For(overrides, loaded.ResolvedJson))
            error.WriteLine(warning);
        var scenario = seed is { } s ? loaded.Parameters with { Seed = s } : loaded.Parameters;
        return ReplicationScenarios.Of(loaded, overrides).WithRun(scenario);
    }

    // Written under a temporary name and renamed into place, so a failure leaves no half-written file.
    private static void Write(string path, IReadOnlyList<BridgeRow> rows)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        AtomicFiles.Write(path, temporary => CsvTable.WriteAll(temporary, rows));
    }

    private static void Print(TextWriter output, string from, string to, int replications, BridgeResult result)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Interactive = InteractionSupport.No });
        if (!console.Profile.Out.IsTerminal)
            console.Profile.Width = 200;
        var table = new Table().Title(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{from} at {result.Month} (tick {result.Tick}, {replications} replications) against {to} at tick 0")));
        table.AddColumn("quantity");
        table.AddColumn("unit");
        table.AddColumn(new TableColumn(Markup.Escape(to)).RightAligned());
        table.AddColumn(new TableColumn(Markup.Escape(from) + " median").RightAligned());
        table.AddColumn(new TableColumn("90% band").RightAligned());
        table.AddColumn(new TableColumn("median / " + Markup.Escape(to)).RightAligned());
        foreach (var row in result.Rows)
        {
            var ratio = row.LogRatio is { } log ? Math.Exp(log).ToString("0.00", CultureInfo.InvariantCulture) + (row.InBand ? "" : " *") : "-";
            table.AddRow(Markup.Escape($"{row.Kind} {row.Id} {row.Measure}"), Markup.Escape(row.Unit), Number(row.Target), Number(row.Median),
                Number(row.P5) + " - " + Number(row.P95), ratio);
        }

        console.Write(table);
        output.WriteLine("* the later scenario's value lies outside the earlier scenario's 90% band.");
        if (result.OnlyInTarget.Count > 0)
            output.WriteLine($"Only in {to}: {string.Join(", ", result.OnlyInTarget)}.");
        if (result.OnlyInSource.Count > 0)
            output.WriteLine($"Only in {from}: {string.Join(", ", result.OnlyInSource)}.");
    }

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "0" : "0.000", CultureInfo.InvariantCulture);
}
