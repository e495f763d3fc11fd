using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using MarketSim.Market;
using MarketSim.Market.Parameters;
using MarketSim.Scenarios;

namespace MarketSim.Experiments.Sweeps;

/// <summary>
/// Runs a sweep's runs on parallel worker threads (each run single-threaded) and streams the rows to
/// <c>runs.csv</c> in run-id order through a bounded reorder buffer: a worker takes a permit before it
/// takes the next run id, and the writer returns the permit when it has written that row, so at most
/// <c>4 x parallel</c> results wait in memory, whatever the number of runs, and the file is the same
/// bytes for any thread count. Each row is flushed when written, so a kill loses at most the rows
/// in flight (and perhaps leaves a partial last line, which <c>--resume</c> drops).
/// </summary>
public static class SweepRunner
{
    /// <summary>Runs (or resumes) the runs of <paramref name="plan"/> that fall to this process.</summary>
    /// <exception cref="InputException">A design point's scenario is invalid, or <c>--resume</c> meets another plan's output.</exception>
    public static SweepRunResult Run(SweepPlan plan, SweepRunOptions options, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var directory = options.Directory;
        Directory.CreateDirectory(directory);
        var planPath = Path.Combine(directory, SweepPlan.FileName);
        var runsPath = Path.Combine(directory, RunsCsv.FileName);
        var total = options.Shard?.RunsOf(plan.RunCount) ?? plan.RunCount;

        long done = 0;
        var append = false;
        if (options.Resume && File.Exists(planPath) && File.Exists(runsPath))
        {
            var stored = StoredHash(planPath);
            if (stored != plan.Hash)
            {
                throw new InputException(new InputError(planPath, "$.plan_hash", null,
                    $"--resume: this folder holds another plan ({stored}), not this sweep's ({plan.Hash}); the sweep file, base scenario or program changed. Use another --out, or run without --resume to start again"));
            }

            try
            {
                done = RunsCsv.PrepareResume(runsPath, plan, options.Shard);
            }
            catch (InvalidDataException e)
            {
                throw new InputException(new InputError(runsPath, null, null, "--resume: " + e.Message));
            }

            append = done >= 0;
            done = Math.Max(done, 0);
        }
        else
        {
            plan.WriteFile(planPath);
        }

        using var stream = new FileStream(runsPath, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        if (!append)
        {
            stream.Write(RunsCsv.Utf8.GetBytes(RunsCsv.Header(plan) + "\n"));
            stream.Flush();
        }

        var clock = Stopwatch.StartNew();
        var completed = done;
        var title = plan.Spec.Name + (options.Shard is { } s ? $" [{s.FolderName}]" : string.Empty);
        using var execution = new Execution(plan, options, total, done, cancel);
        options.Progress.Run(title, total, done, advance => completed = execution.Run(stream, advance));
        clock.Stop();
        if (execution.Failure is { } failure)
            throw failure;

        return new SweepRunResult(directory, total, done, completed, completed < total, clock.Elapsed);
    }

    private static string? StoredHash(string planPath)
    {
        try
        {
            return JsonNode.Parse(File.ReadAllBytes(planPath))?["plan_hash"]?.GetValue<string>();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>One process's pass over its runs: the workers, the reorder buffer and the writer.</summary>
    private sealed class Execution : IDisposable
    {
        private readonly SweepPlan _plan;
        private readonly SweepScenarios _scenarios;
        private readonly int _parallel;
        private readonly long _total;
        private readonly long _start;
        private readonly long _step;
        private readonly double[]?[] _slots;
        private readonly SemaphoreSlim _permits;
        private readonly CancellationTokenSource _stop;
        private readonly object _gate = new();
        private long _next;
        private int _running;
        private int _currentPoint = -1;
        private Lazy<ScenarioParameters>? _currentScenario;

        public Execution(SweepPlan plan, SweepRunOptions options, long total, long done, CancellationToken cancel)
        {
            _plan = plan;
            _scenarios = new SweepScenarios(plan.Spec);
            _parallel = Math.Max(1, options.Parallel);
            _total = total;
            _start = options.Shard?.Index ?? 0;
            _step = options.Shard?.Count ?? 1;
            _next = done;
            _slots = new double[]?[Math.Max(4, 4 * _parallel)];
            _permits = new SemaphoreSlim(_slots.Length);
            _stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        }

        public Exception? Failure { get; private set; }

        public void Dispose()
        {
            _stop.Dispose();
            _permits.Dispose();
        }

        /// <summary>Runs the workers and writes rows until all are done or the sweep stops; returns the rows now complete.</summary>
        public long Run(Stream output, Action advance)
        {
            var written = _next;
            var workers = new Thread[(int)Math.Min(_parallel, Math.Max(1, _total - _next))];
            _running = workers.Length;
            for (var w = 0; w < workers.Length; w++)
            {
                workers[w] = new Thread(Work) { IsBackground = true, Name = "sweep-worker-" + w };
                workers[w].Start();
            }

            var row = new StringBuilder(256);
            try
            {
                while (written < _total)
                {
                    double[]? values;
                    lock (_gate)
                    {
                        var slot = (int)(written % _slots.Length);
                        while ((values = _slots[slot]) is null && _running > 0)
                            Monitor.Wait(_gate, TimeSpan.FromMilliseconds(250));
                        _slots[slot] = null;
                    }

                    if (values is null)
                        break; // every worker has stopped and this run never finished

                    row.Clear();
                    RunsCsv.AppendRow(row, _plan, _start + (written * _step), values);
                    output.Write(RunsCsv.Utf8.GetBytes(row.ToString()));
                    output.Flush();
                    written++;
                    _permits.Release();
                    advance();
                }
            }
            finally
            {
                _stop.Cancel();
                foreach (var worker in workers)
                    worker.Join();
            }

            return written;
        }

        private void Work()
        {
            try
            {
                var metrics = _plan.Spec.Metrics;
                while (!_stop.IsCancellationRequested)
                {
                    try
                    {
                        _permits.Wait(_stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }

                    long sequence;
                    Lazy<ScenarioParameters> scenario;
                    lock (_gate)
                    {
                        if (_next >= _total)
                            return;
                        sequence = _next++;
                        var point = _plan.PointOf(_start + (sequence * _step));
                        if (point != _currentPoint)
                        {
                            // Runs are handed out in id order, so a point's replications come together:
                            // one bound scenario per point, shared by the workers that run it.
                            _currentPoint = point;
                            _currentScenario = new Lazy<ScenarioParameters>(() => _scenarios.Bind(_plan.Design.Points[point], point));
                        }

                        scenario = _currentScenario!;
                    }

                    var runId = _start + (sequence * _step);
                    double[] values;
                    try
                    {
                        var parameters = scenario.Value with { Seed = _plan.RunSeed(runId) };
                        var probe = new MetricProbe(metrics);
                        var market = MarketRunner.Run(parameters, 0, sink: null, flows: false, check: false, ticks: null,
                            afterTick: probe.Observe, cancel: _stop.Token);
                        values = new double[metrics.Count];
                        probe.Measure(market, values);
                    }
                    catch (OperationCanceledException) when (_stop.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception e)
                    {
                        lock (_gate)
                            Failure ??= e is InputException or ScenarioStateException ? e : new InvalidOperationException($"run {runId}: {e.Message}", e);
                        _stop.Cancel();
                        return;
                    }

                    lock (_gate)
                    {
                        _slots[(int)(sequence % _slots.Length)] = values;
                        Monitor.PulseAll(_gate);
                    }
                }
            }
            finally
            {
                lock (_gate)
                {
                    _running--;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
