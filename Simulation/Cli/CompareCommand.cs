using System.Collections.Concurrent;
using System.CommandLine;
using System.Globalization;
using MarketSim.Experiments;
using MarketSim.Experiments.Verdicts;
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
        var (precision, maxReplications) = PrecisionOptions.Create();
        var command = new Command("compare", "Run several scenarios: the racetrack's verdicts and investor returns side by side.") { files, replications, seed, output, parallel, quiet, precision, maxReplications };
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            return CommandGuard.Run(error, cancel =>
            {
                var options = new RunOptions(parse.GetValue(seed), null, RunCommand.Count(parse.GetValue(replications), "--replications", RunLimits.MaxReplications),
                    null, false, parse.GetValue(parallel), parse.GetValue(quiet), false, false,
                    PrecisionOptions.Precision(parse, precision, replications), PrecisionOptions.Max(parse, maxReplications, precision));

                // Load every file first, so a bad one fails before any simulation.
                var scenarios = parse.GetValue(files)!.Select(f =>
                {
                    var loaded = ScenarioSource.Load(f, [], "compare");
                    return loaded.Replications.WithRun(RunPipeline.Apply(loaded.Parameters, options));
                }).ToList();
                // And the output path, so a folder or an unwritable place given as --out fails before any simulation too.
                var path = parse.GetValue(output) ?? Path.Combine("output", "compare", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".csv");
                OutputPath.File(path, VerdictPath, DefaultsPath);
                var rows = new List<CompareRow>();
                var progress = ProgressDisplay.Create(options.Quiet, error, "months");
                var gate = new object();
                var verdicts = new List<ScenarioRow<VerdictRow>>();
                var defaults = new List<ScenarioRow<DefaultsRow>>();
                foreach (var replications in scenarios)
                {
                    var scenario = replications.Run;
                    var target = options.Target;
                    var widest = double.NaN;
                    var exits = new FirmExits[target?.MaxReplications ?? scenario.Replications];
                    var result = AdaptiveReplications.Run(scenario.Replications, target, (first, count) =>
                    {
                        var outcomes = new ConcurrentBag<InvestorOutcome>();
                        var title = first == 0 ? scenario.Name : string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}, replications {first + 1}-{first + count}, widest interval so far ±{VerdictRows.Points(widest)}");
                        progress.Run(title, (long)scenario.Ticks * count, 0, tick =>
                        {
                            ReplicationRunner.Run(replications, first, count, options.Parallel, _ => null, false, false, m =>
                            {
                                // Each replication observes its own slot from its own thread.
                                (exits[m.Replication] ??= new FirmExits()).Observe(m);
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
                        return outcomes.ToList();
                    }, AnalysisSettings.ForRun(scenario.Seed, scenario.Analysis), (_, analysis) => widest = analysis.WidestHalfWidth);
                    rows.AddRange(StrategyResult.Summarise(result.Outcomes.OrderBy(o => o.Order).ThenBy(o => o.Replication), result.Analysis).Select(r => new CompareRow
                    {
                        Scenario = scenario.Name,
                        Id = r.Id,
                        Strategy = r.Strategy,
                        Replications = r.Replications,
                        MeanReturn = r.MeanReturn,
                        MeanReturnLow = r.MeanReturnLow,
                        MeanReturnHigh = r.MeanReturnHigh,
                        MedianReturn = r.MedianReturn,
                        P5Return = r.P5Return,
                        P95Return = r.P95Return,
                        ProbLoss = r.ProbLoss,
                        CertaintyEquivalent = r.CertaintyEquivalent,
                    }));
                    verdicts.AddRange(result.Analysis.Pairs.Select(p => new ScenarioRow<VerdictRow> { Scenario = scenario.Name, Row = VerdictRows.Of(p) }));
                    defaults.AddRange(FirmExits.Rows(exits[..result.Replications]).Select(d => new ScenarioRow<DefaultsRow> { Scenario = scenario.Name, Row = d }));
                }

                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                var verdictPath = VerdictPath(path);
                var defaultsPath = DefaultsPath(path);
                WriteAll(path, rows, verdictPath, verdicts, defaultsPath, defaults);
                var names = scenarios.Select(s => s.Run.Name).ToList();
                // The verdicts lead: they are the answer; the returns table shows what they rest on.
                CompareVerdictTable.Write(parse.InvocationConfiguration.Output, names, verdicts);
                CompareTable.Write(parse.InvocationConfiguration.Output, names, rows);
                parse.InvocationConfiguration.Output.WriteLine($"Verdict CSV: {Path.GetFullPath(verdictPath)}");
                parse.InvocationConfiguration.Output.WriteLine($"Comparison CSV: {Path.GetFullPath(path)}");
                parse.InvocationConfiguration.Output.WriteLine($"Defaults CSV: {Path.GetFullPath(defaultsPath)}");
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>
    /// Writes the three CSVs under temporary names and renames them into place only when all are complete, so a
    /// failure never leaves a new file beside an old or missing other.
    /// </summary>
    private static void WriteAll(string path, List<CompareRow> rows, string verdictPath, List<ScenarioRow<VerdictRow>> verdicts,
        string defaultsPath, List<ScenarioRow<DefaultsRow>> defaults)
    {
        AtomicFiles.WriteAll(
        [
            (path, temporary => CsvTable.WriteAll(temporary, rows)),
            (verdictPath, temporary => CsvTable.WriteAll(temporary, verdicts)),
            (defaultsPath, temporary => CsvTable.WriteAll(temporary, defaults)),
        ]);
    }

    /// <summary>The verdicts' CSV beside the comparison CSV: <c>x.csv</c> gives <c>x.verdict.csv</c>.</summary>
    internal static string VerdictPath(string comparisonPath) =>
        Path.Combine(Path.GetDirectoryName(comparisonPath) ?? "", Path.GetFileNameWithoutExtension(comparisonPath) + ".verdict.csv");

    /// <summary>The defaults' CSV beside the comparison CSV: <c>x.csv</c> gives <c>x.defaults.csv</c>.</summary>
    internal static string DefaultsPath(string comparisonPath) =>
        Path.Combine(Path.GetDirectoryName(comparisonPath) ?? "", Path.GetFileNameWithoutExtension(comparisonPath) + ".defaults.csv");
}
