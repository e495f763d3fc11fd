using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using MarketSim.Experiments;
using MarketSim.Experiments.Sweeps;
using MarketSim.Experiments.Verdicts;
using MarketSim.Market;
using MarketSim.Market.Parameters;
using MarketSim.Output;

namespace MarketSim.Cli;

/// <summary>
/// Runs a scenario's replications in parallel (each single-threaded, each writing its own CSVs) and
/// assembles one run folder: CSVs concatenated in replication order (so the bytes do not depend on the
/// thread count), summary.csv, manifest.json, charts and report.html, then renames it into place.
/// </summary>
internal static class RunPipeline
{
    private static readonly string[] Tables = [Engine.DataCollector.ModelTable, MarketReporters.FirmsTable, MarketReporters.InvestorsTable, MarketReporters.FlowsTable];

    public static ScenarioParameters Apply(ScenarioParameters scenario, RunOptions options) => scenario with
    {
        Seed = options.Seed ?? scenario.Seed,
        Ticks = options.Ticks ?? scenario.Ticks,
        Replications = options.Replications ?? scenario.Replications,
    };

    public static RunOutcome Execute(LoadedRunScenario loaded, RunOptions options, string commandLine, ISweepProgress progress, CancellationToken cancel)
    {
        var total = Stopwatch.StartNew();
        var scenario = Apply(loaded.Parameters, options);
        var replications = loaded.Replications.WithRun(scenario);
        var finalPath = options.Out ?? Path.Combine("output", scenario.Name, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-seed{scenario.Seed}");
        using var folder = new RunFolder(finalPath);
        var target = options.Target;
        var finals = new ReplicationFinal[target?.MaxReplications ?? scenario.Replications];
        var warnings = new string[target?.MaxReplications ?? scenario.Replications][];
        var exits = new FirmExits[target?.MaxReplications ?? scenario.Replications];
        var gate = new object();
        var settings = AnalysisSettings.ForRun(scenario.Seed, scenario.Analysis);
        var widest = double.NaN;

        var simulate = Stopwatch.StartNew();
        var result = AdaptiveReplications.Run(scenario.Replications, target, (first, count) =>
        {
            var outcomes = new ConcurrentBag<InvestorOutcome>();
            progress.Run(BatchTitle(target, first, widest), (long)scenario.Ticks * count, 0, tick =>
            {
                ReplicationRunner.Run(
                    replications,
                    first,
                    count,
                    options.Parallel,
                    replication =>
                    {
                        var directory = ReplicationFolder(folder.TempPath, replication);
                        Directory.CreateDirectory(directory);
                        return new CsvDataSink(directory);
                    },
                    options.Flows,
                    options.Check,
                    m =>
                    {
                        // Replications report from their own threads; the display is not thread-safe.
                        lock (gate)
                        {
                            tick();
                        }

                        if (m.Steps == 1)
                        {
                            finals[m.Replication] = Final(m, null);
                        }

                        (exits[m.Replication] ??= new FirmExits()).Observe(m);
                    },
                    market =>
                    {
                        finals[market.Replication] = Final(market, finals[market.Replication]);
                        warnings[market.Replication] = [.. market.Investors.SelectMany(i => i.Warnings)];
                        foreach (var outcome in InvestorOutcome.Of(market))
                        {
                            outcomes.Add(outcome);
                        }
                    },
                    cancel);
            });
            return outcomes.ToList();
        }, settings, (_, analysis) => widest = analysis.WidestHalfWidth);
        simulate.Stop();
        scenario = scenario with { Replications = result.Replications };

        var write = Stopwatch.StartNew();
        foreach (var table in Tables)
        {
            Concatenate(folder.TempPath, table, scenario.Replications);
        }

        for (var r = 0; r < scenario.Replications; r++)
        {
            Directory.Delete(ReplicationFolder(folder.TempPath, r), recursive: true);
        }

        var strategies = StrategyResult.Summarise(result.Outcomes.OrderBy(o => o.Order).ThenBy(o => o.Replication), result.Analysis);
        CsvTable.WriteAll(Path.Combine(folder.TempPath, RunData.SummaryFile), strategies.Select(ToRow));
        CsvTable.WriteAll(Path.Combine(folder.TempPath, RunData.VerdictFile), result.Analysis.Pairs.Select(VerdictRows.Of));
        var defaults = FirmExits.Rows(exits[..result.Replications]).ToList();
        CsvTable.WriteAll(Path.Combine(folder.TempPath, RunData.DefaultsFile), defaults);
        ParameterDraws.Write(replications, scenario.Replications, folder.TempPath);
        write.Stop();

        var timings = new Dictionary<string, double>
        {
            ["simulate_seconds"] = Math.Round(simulate.Elapsed.TotalSeconds, 3),
            ["write_seconds"] = Math.Round(write.Elapsed.TotalSeconds, 3),
        };
        // Tick-0 purchases do not depend on the replication's draws, so replications repeat the same lines.
        var said = warnings.Where(w => w is not null).SelectMany(w => w).Distinct(StringComparer.Ordinal).ToList();
        var manifest = Manifest(scenario, loaded.ResolvedJson, commandLine, timings) with
        {
            StoppedBecause = result.StoppedBecause,
            Precision = target?.HalfWidth,
            MaxReplications = target?.MaxReplications,
            Warnings = said.Count > 0 ? said : null,
        };
        manifest.Save(Path.Combine(folder.TempPath, RunManifest.FileName));
        if (options.Charts)
        {
            var charts = Stopwatch.StartNew();
            RunArtifacts.Write(folder.TempPath);
            timings["charts_seconds"] = Math.Round(charts.Elapsed.TotalSeconds, 3);
        }

        timings["total_seconds"] = Math.Round(total.Elapsed.TotalSeconds, 3);
        (manifest with { Timings = timings }).Save(Path.Combine(folder.TempPath, RunManifest.FileName));
        folder.Commit();
        return new RunOutcome(folder.FinalPath, finals[..result.Replications], strategies, timings, result.Analysis.Pairs, result.StoppedBecause, defaults);
    }


    private static RunManifest Manifest(ScenarioParameters scenario, string resolvedJson, string commandLine, Dictionary<string, double> timings) => new()
    {
        Scenario = scenario.Name,
        Description = scenario.Description,
        StartMonth = scenario.StartMonth,
        Ticks = scenario.Ticks,
        Replications = scenario.Replications,
        Seed = scenario.Seed,
        ReplicationSeeds = Enumerable.Range(0, scenario.Replications).Select(r => MarketRunner.ReplicationSeed(scenario.Seed, r)).ToList(),
        Version = typeof(RunPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
        GitRevision = GitRevision(),
        CommandLine = commandLine,
        CreatedUtc = DateTimeOffset.UtcNow,
        Timings = timings,
        // The file as resolved (extends, --set, defaults); the run's own seed, ticks and replications are the
        // manifest's top-level fields, which a rerun from the manifest applies on top.
        ResolvedScenario = JsonNode.Parse(resolvedJson)?.AsObject(),
    };

    // The progress line of a batch: under --precision, how far the widest interval has narrowed so far.
    private static string BatchTitle(Experiments.Verdicts.PrecisionTarget? target, int first, double widest) =>
        target is null ? "simulating"
        : first == 0 ? string.Create(CultureInfo.InvariantCulture, $"replications 1-{Math.Min(target.BatchSize, target.MaxReplications)}")
        : string.Create(CultureInfo.InvariantCulture, $"replications {first + 1}-{Math.Min(first + target.BatchSize, target.MaxReplications)}, widest interval so far ±{VerdictRows.Points(widest)} (target ±{VerdictRows.Points(target.HalfWidth)})");

    private static SummaryRow ToRow(StrategyResult r) => new()
    {
        Id = r.Id,
        Strategy = r.Strategy,
        Target = r.Target,
        Replications = r.Replications,
        MeanReturn = r.MeanReturn,
        P5Return = r.P5Return,
        P95Return = r.P95Return,
        Cagr = r.Cagr,
        Volatility = r.Volatility,
        MaxDrawdown = r.MaxDrawdown,
        ProbLoss = r.ProbLoss,
        MedianReturn = r.MedianReturn,
        MeanReturnLow = r.MeanReturnLow,
        MeanReturnHigh = r.MeanReturnHigh,
        CertaintyEquivalent = r.CertaintyEquivalent,
    };

    private static ReplicationFinal Final(MarketModel market, ReplicationFinal? first)
    {
        var t = market.Totals;
        var shares = market.Labs.Select(l => (l.FirmId, l.CustomerShare, l.Alive)).ToList();
        return first is null
            ? new ReplicationFinal(t.LabRevenue, t.CloudRevenue, t.VendorRevenue, t.LabRevenue, t.CloudRevenue, t.VendorRevenue, shares)
            : first with { LastLabRevenue = t.LabRevenue, LastCloudRevenue = t.CloudRevenue, LastVendorRevenue = t.VendorRevenue, LabShares = shares };
    }

    private static string ReplicationFolder(string root, int replication) =>
        Path.Combine(root, "rep-" + replication.ToString("D5", CultureInfo.InvariantCulture));

    private static void Concatenate(string root, string table, int replications)
    {
        var first = Path.Combine(ReplicationFolder(root, 0), table + ".csv");
        if (!File.Exists(first))
        {
            return;
        }

        using var output = File.Create(Path.Combine(root, table + ".csv"));
        for (var r = 0; r < replications; r++)
        {
            using var input = File.OpenRead(Path.Combine(ReplicationFolder(root, r), table + ".csv"));
            if (r > 0)
            {
                // Every replication's file starts with the same header line; keep only the first.
                int b;
                while ((b = input.ReadByte()) >= 0 && b != '\n')
                {
                }
            }

            input.CopyTo(output);
        }
    }

    private static string GitRevision()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse HEAD")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null)
            {
                return "unknown";
            }

            var text = git.StandardOutput.ReadToEnd().Trim();
            return git.WaitForExit(5000) && git.ExitCode == 0 && text.Length > 0 ? text : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
