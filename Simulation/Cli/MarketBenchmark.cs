using System.Diagnostics;
using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Cli;

/// <summary>Times the market model on a scenario with a given customer count: ticks only, after a warm-up run.</summary>
internal static class MarketBenchmark
{
    public static MarketBenchmarkResult Run(ScenarioParameters baseline, int customers, int ticks, ulong seed)
    {
        var scenario = baseline with { Seed = seed, Ticks = ticks, Customers = baseline.Customers with { Count = customers } };

        // Warm-up on a small copy so the JIT has compiled and tiered the hot paths.
        MarketRunner.Run(scenario with { Customers = scenario.Customers with { Count = 2_000 } }, 0, null, false, false);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        MarketRunner.Run(scenario, 0, null, false, false);
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var seconds = clock.Elapsed.TotalSeconds;
        return new MarketBenchmarkResult(customers, ticks, seed, seconds, (double)customers * ticks / seconds, process.PeakWorkingSet64 / (1024.0 * 1024.0));
    }
}
