using System.Diagnostics;
using MarketSim.Engine.Reference;

namespace MarketSim.Cli;

/// <summary>Times the engine on the reference money model: steps only, after a warm-up.</summary>
internal static class MoneyBenchmark
{
    public static MoneyBenchmarkResult Run(int agents, int steps, ulong seed)
    {
        // Warm up on a separate model so the JIT has tiered the hot path before timing.
        var warm = new MoneyModel(Math.Min(agents, 10_000), seed);
        warm.RunFor(200);

        var model = new MoneyModel(agents, seed);
        model.Step();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        model.RunFor(steps);
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var seconds = clock.Elapsed.TotalSeconds;
        return new MoneyBenchmarkResult(
            agents,
            steps,
            seed,
            seconds,
            (double)agents * steps / seconds,
            (double)allocated / steps,
            model.Gini(),
            model.TotalWealth);
    }
}
