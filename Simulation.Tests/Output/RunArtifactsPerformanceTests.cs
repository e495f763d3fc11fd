using System.Diagnostics;
using MarketSim.Output;
using Xunit.Abstractions;

namespace MarketSim.Tests.Output;

public sealed class RunArtifactsPerformanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Write_FullSizeRun_PrintsTime()
    {
        // 16 firms x 120 ticks x 20 replications, as a 20,000-customer default run produces.
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Path, new RunFixture.Options
        {
            Labs = ["openai", "anthropic", "google-deepmind", "meta", "xai", "mistral", "deepseek"],
            Clouds = ["azure", "aws", "google-cloud", "oracle", "coreweave"],
            Vendors = ["nvidia", "amd", "google-tpu", "aws-trainium"],
            Investors = ["racetrack", "bet-openai", "index", "empire", "custom"],
            Ticks = 120,
            Replications = 20,
        });

        var watch = Stopwatch.StartNew();
        var result = RunArtifacts.Write(dir.Path);
        watch.Stop();

        var first = watch.Elapsed;
        // A second pass shows the cost without JIT and font loading (a sweep plotting many runs pays that once).
        watch.Restart();
        RunArtifacts.Write(dir.Path);
        var second = watch.Elapsed;

        // Timing is reported, never asserted: the machine and its load decide it.
        output.WriteLine($"Load + {result.Charts.Charts.Count} charts (PNG + SVG) + report, 16 firms x 120 ticks x 20 replications: first {first.TotalMilliseconds:0} ms, again {second.TotalMilliseconds:0} ms");
        Assert.Equal(8, result.Charts.Charts.Count);
    }
}
