using System.Diagnostics;
using System.Text;
using MarketSim.Experiments.Backtests;
using MarketSim.Experiments.Sweeps;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;
using MarketSim.Scenarios.Observations;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace MarketSim.Experiments.Calibration;

/// <summary>
/// Runs a calibration's candidates: the global design (Sobol or Latin hypercube over the parameter ranges), then
/// Nelder-Mead (MathNet) from the best global candidates in the unit cube. Every candidate runs the same
/// replication seeds (common random numbers), so loss differences are parameter differences, not noise.
/// Candidates are evaluated in a fixed order and written in candidate order, so candidates.csv is the same bytes
/// for any <c>--parallel</c>; a shard runs only its slice of the global design (candidate i goes to shard i mod n).
/// </summary>
public static class CalibrationRunner
{
    /// <summary>Runs (or resumes) the candidates that fall to this process.</summary>
    /// <exception cref="InputException">A candidate's scenario is invalid, or <c>--resume</c> meets another plan's output.</exception>
    public static CalibrationRunResult Run(CalibrationPlan plan, CalibrationRunOptions options, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.Shard is { } shard ? Path.Combine(options.Directory, shard.FolderName) : options.Directory;
        Directory.CreateDirectory(directory);
        var planPath = Path.Combine(directory, CalibrationPlan.FileName);
        var csvPath = Path.Combine(directory, CandidatesCsv.FileName);
        var stored = new Dictionary<int, CandidateRow>();
        var append = false;
        if (options.Resume && File.Exists(planPath) && File.Exists(csvPath))
        {
            var hash = CalibrationPlan.StoredHash(planPath);
            if (hash != plan.Hash)
            {
                throw new InputException(new InputError(planPath, "$.plan_hash", null,
                    $"--resume: this folder holds another calibration ({hash}), not this one ({plan.Hash}); the calibration file, base scenario, observations or program changed. Use another --out, or run without --resume"));
            }

            try
            {
                foreach (var row in CandidatesCsv.Read(csvPath, plan))
                    stored[row.Index] = row;
            }
            catch (InvalidDataException e)
            {
                throw new InputException(new InputError(csvPath, null, null, "--resume: " + e.Message));
            }

            append = true;
        }
        else
        {
            plan.WriteFile(planPath);
        }

        var clock = Stopwatch.StartNew();
        var spec = plan.Spec;
        var global = GlobalUnits(spec);
        var mine = Enumerable.Range(0, global.Length).Where(i => options.Shard is not { } s || i % s.Count == s.Index).ToList();
        var total = mine.Count + (options.Shard is null ? spec.CandidateCount - spec.GlobalCount : 0);
        var resumed = stored.Count;
        var rows = new List<CandidateRow>();
        using (var stream = new FileStream(csvPath, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read))
        {
            if (!append)
                Write(stream, CandidatesCsv.Header(plan) + "\n");
            var evaluator = new Evaluator(plan, options.Parallel, cancel);
            options.Progress.Run(spec.Name + (options.Shard is { } s ? $" [{s.FolderName}]" : string.Empty), total, Math.Min(resumed, total), advance =>
            {
                // Global design, in batches so both cores stay busy even with one replication per candidate.
                var batch = Math.Max(1, options.Parallel * 2);
                for (var start = 0; start < mine.Count; start += batch)
                {
                    var indices = mine.Skip(start).Take(batch).ToList();
                    var missing = indices.Where(i => !stored.ContainsKey(i)).ToList();
                    var fresh = evaluator.Evaluate(missing.Select(i => (i, "global", global[i])).ToList());
                    foreach (var index in indices)
                    {
                        if (stored.TryGetValue(index, out var old))
                        {
                            rows.Add(old);
                            continue;
                        }

                        var row = fresh[missing.IndexOf(index)];
                        Write(stream, CandidatesCsv.Row(row));
                        rows.Add(row);
                        advance();
                    }
                }

                if (options.Shard is null && spec.CandidateCount > spec.GlobalCount && spec.Refine == "nelder-mead")
                    Refine(plan, global, rows, stored, evaluator, stream, advance);
            });
        }

        return new CalibrationRunResult(directory, rows, resumed, clock.Elapsed);
    }

    /// <summary>The unit-cube points of the global design, in candidate order (deterministic from the seed).</summary>
    public static double[][] GlobalUnits(CalibrationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var k = spec.Space.Count;
        var random = SweepSeeds.DesignRandom(spec.Seed);
        if (spec.Global == "sobol")
            return SobolSequence.Scrambled(k, random).Take(spec.GlobalCount);
        // A hypercube over k unit ranges gives unit coordinates; the parameter ranges map them afterwards.
        var unit = new ParameterSpace(Enumerable.Range(0, k).Select(j => new SweepParameter("u" + j.ToString(System.Globalization.CultureInfo.InvariantCulture), ParameterDistribution.Uniform(0, 1))));
        return [.. SweepDesign.LatinHypercube(unit, spec.GlobalCount, random).Points];
    }

    private static void Refine(CalibrationPlan plan, double[][] global, List<CandidateRow> rows, Dictionary<int, CandidateRow> stored,
        Evaluator evaluator, Stream stream, Action advance)
    {
        var spec = plan.Spec;
        var k = spec.Space.Count;
        var starts = rows.Where(r => r.Phase == "global").OrderBy(r => r.Loss).ThenBy(r => r.Index).Take(spec.Starts).ToList();
        var next = spec.GlobalCount;
        var left = spec.CandidateCount - spec.GlobalCount;
        for (var s = 0; s < starts.Count && left > 0; s++)
        {
            // Each start gets an equal share of what is left; what a converged search does not use passes on.
            var allowance = left / (starts.Count - s);
            var used = 0;
            var objective = ObjectiveFunction.Value(x =>
            {
                if (used >= allowance)
                    throw new BudgetSpentException();
                var unit = new double[k];
                var excursion = 0.0;
                for (var j = 0; j < k; j++)
                {
                    unit[j] = Math.Clamp(x[j], 0, Math.BitDecrement(1.0));
                    excursion += (x[j] - unit[j]) * (x[j] - unit[j]);
                }

                var index = next++;
                used++;
                CandidateRow row;
                if (stored.TryGetValue(index, out var old))
                {
                    var values = spec.Space.FromUnit(unit);
                    if (!values.SequenceEqual(old.Values))
                        throw new InputException(new InputError(CandidatesCsv.FileName, null, null, $"--resume: candidate {index} in the folder has other parameter values than this calibration computes; start again without --resume"));
                    row = old;
                }
                else
                {
                    row = evaluator.Evaluate([(index, "refine", unit)])[0];
                    Write(stream, CandidatesCsv.Row(row));
                    advance();
                }

                rows.Add(row);
                // Outside the unit cube the point is clamped; the penalty pulls the simplex back inside.
                return row.Loss + (1e3 * excursion);
            });
            try
            {
                var start = Vector<double>.Build.DenseOfArray(global[starts[s].Index]);
                var step = Vector<double>.Build.Dense(k, 0.15);
                new NelderMeadSimplex(1e-9, int.MaxValue).FindMinimum(objective, start, step);
            }
            catch (BudgetSpentException)
            {
                // The start's share of the budget is spent: the best candidate so far is in candidates.csv.
            }
            catch (MaximumIterationsException)
            {
            }

            left -= used;
        }
    }

    private static void Write(Stream stream, string text)
    {
        stream.Write(Encoding.UTF8.GetBytes(text));
        stream.Flush();
    }

    /// <summary>Evaluates candidates: binds each scenario, runs its replications in parallel and computes its loss.</summary>
    private sealed class Evaluator(CalibrationPlan plan, int parallel, CancellationToken cancel)
    {
        private readonly SweepScenarios _scenarios = new(new SweepSpec(plan.Spec.Name, string.Empty, plan.Spec.BaseScenario, plan.Spec.Space,
            SweepDesignKind.LatinHypercube, 1, 0, 0, 1, plan.Spec.Seed, [], null));

        public List<CandidateRow> Evaluate(List<(int Index, string Phase, double[] Unit)> candidates)
        {
            var r = plan.Spec.Replications;
            var values = candidates.Select(c => plan.Spec.Space.FromUnit(c.Unit)).ToArray();
            var scenarios = new ScenarioParameters[candidates.Count];
            for (var c = 0; c < candidates.Count; c++)
                scenarios[c] = _scenarios.Bind(values[c], candidates[c].Index) with { Seed = plan.Spec.Seed };
            var runs = new Trajectory[candidates.Count][];
            for (var c = 0; c < runs.Length; c++)
                runs[c] = new Trajectory[r];
            Parallel.For(0, candidates.Count * r, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancel }, n =>
            {
                var (c, rep) = Math.DivRem(n, r);
                runs[c][rep] = TrajectorySimulator.RunOne(scenarios[c], plan.Ticks, rep, cancel);
            });
            var result = new List<CandidateRow>(candidates.Count);
            for (var c = 0; c < candidates.Count; c++)
                result.Add(Loss(plan, candidates[c].Index, candidates[c].Phase, values[c], runs[c]));
            return result;
        }
    }

    /// <summary>The loss of one candidate's runs (sums in a fixed order: target order within a series, series order overall).</summary>
    internal static CandidateRow Loss(CalibrationPlan plan, int index, string phase, IReadOnlyList<double> values, IReadOnlyList<Trajectory> runs)
    {
        var bySeries = new double[plan.Series.Count];
        foreach (var target in plan.Targets)
        {
            var slot = IndexOf(plan.Series, target.Series.Name);
            bySeries[slot] += plan.Spec.WeightOf(target.Series.Name) * CalibrationLoss.Term(target, runs, plan.Spec.BoundOf(target));
        }

        var total = 0.0;
        foreach (var value in bySeries)
            total += value;
        return new CandidateRow(index, phase, [.. values], total, bySeries);
    }

    private static int IndexOf(IReadOnlyList<string> list, string name)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == name)
                return i;
        }

        return -1;
    }

    private sealed class BudgetSpentException : Exception
    {
    }
}
