using System.Diagnostics;
using MarketSim.Engine.Reference;

namespace MarketSim.Cli;

/// <summary>Times the engine on the reference money model: steps only, after a warm-up.</summary>
internal static class MoneyBenchmark
{
    // Tiered compilation promotes a hot method only after its callers have been quiet for 100 ms, so
    // the warm-up runs for a while, not a number of steps, or the timing would include tier-0/OSR code.
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(400);

    public static MoneyBenchmarkResult Run(int agents, int steps, ulong seed)
    {
        var warm = new MoneyModel(Math.Min(agents, 10_000), seed);
        var warmStart = Stopwatch.GetTimestamp();
        while (warm.Steps < 200 || Stopwatch.GetElapsedTime(warmStart) < WarmUp)
        {
            warm.Step();
        }

        var model = new MoneyModel(agents, seed);
        model.Step();

        // Timestamps, not a Stopwatch object: an allocation inside the window would be counted as the model's.
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        model.RunFor(steps);
        var end = Stopwatch.GetTimestamp();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var seconds = (end - start) / (double)Stopwatch.Frequency;
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
