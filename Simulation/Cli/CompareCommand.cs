using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using MarketSim.Experiments;
using MarketSim.Output;
using Spectre.Console;

namespace MarketSim.Cli;

/// <summary><c>compare</c>: the strategy summary side by side across scenarios (console table and CSV).</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("scenario") { Description = "Scenario files to compare.", Arity = ArgumentArity.OneOrMore };
        var replications = new Option<int?>("--replications") { Description = "Replications per scenario (overrides the files')." };
        var seed = CommonOptions.Seed();
        var output = CommonOptions.Out("CSV file (default output/compare/<time>.csv).");
        var parallel = CommonOptions.Parallel("Replications");
        var quiet = CommonOptions.Quiet();
        var command = new Command("compare", "Run several scenarios and compare investor returns side by side.") { files, replications, seed, output, parallel, quiet };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            return CommandGuard.Run(error, cancel =>
            {
                var options = new RunOptions(parse.GetValue(seed), null, RunCommand.Count(parse.GetValue(replications), "--replications", RunLimits.MaxReplications),
                    null, false, parse.GetValue(parallel), parse.GetValue(quiet), false, false);

                // Load every file first, so a bad one fails before any simulation.
                var scenarios = parse.GetValue(files)!.Select(f => RunPipeline.Apply(ScenarioSource.Load(f, [], "compare").Parameters, options)).ToList();
                var rows = new List<CompareRow>();
                var progress = ProgressDisplay.Create(options.Quiet, error, "months");
                var gate = new object();
                foreach (var scenario in scenarios)
                {
                    var outcomes = new ConcurrentBag<InvestorOutcome>();
                    progress.Run(scenario.Name, (long)scenario.Ticks * scenario.Replications, 0, tick =>
                    {
                        ReplicationRunner.Run(scenario, options.Parallel, _ => null, false, false, _ =>
                        {
                            lock (gate)
                            {
                                tick();
                            }
                        }, m =>
                        {
                            foreach (var o in InvestorOutcome.Of(m))
                            {
                                outcomes.Add(o);
                            }
                        }, cancel);
                    });
                    rows.AddRange(StrategyResult.Summarise(outcomes.OrderBy(o => o.Order).ThenBy(o => o.Replication)).Select(r => new CompareRow
                    {
                        Scenario = scenario.Name,
                        Id = r.Id,
                        Strategy = r.Strategy,
                        Replications = r.Replications,
                        MeanReturn = r.MeanReturn,
                        P5Return = r.P5Return,
                        P95Return = r.P95Return,
                        ProbLoss = r.ProbLoss,
                    }));
                }

                var path = parse.GetValue(output) ?? Path.Combine("output", "compare", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".csv");
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                CsvTable.WriteAll(path, rows);
                CompareTable.Write(parse.InvocationConfiguration.Output, scenarios.Select(s => s.Name).ToList(), rows);
                parse.InvocationConfiguration.Output.WriteLine($"Comparison CSV: {Path.GetFullPath(path)}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
