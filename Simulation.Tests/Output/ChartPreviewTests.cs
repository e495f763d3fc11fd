using MarketSim.Output;

namespace MarketSim.Tests.Output;

public sealed class ChartPreviewTests
{
    [Fact]
    public void Preview_WhenRequested_WritesChartsToFolder()
    {
        // Set MARKETSIM_CHART_PREVIEW=/some/dir to keep the fixture's charts for a human to look at.
        var target = Environment.GetEnvironmentVariable("MARKETSIM_CHART_PREVIEW");
        if (string.IsNullOrEmpty(target))
        {
            return;
        }

        var run = RunFixture.Write(Path.Combine(target, "run"));
        var result = RunArtifacts.Write(run);
        Assert.NotEmpty(result.Charts.Charts);
        var other = RunFixture.Write(Path.Combine(target, "run2"), new RunFixture.Options { Scenario = "bubble-burst", TollGrowth = -0.01 });
        var overlay = new PlotCommand().Plot([run, other], Path.Combine(target, "compare"));
        Assert.NotEmpty(overlay.Charts);
        var big = RunFixture.Write(Path.Combine(target, "big"), new RunFixture.Options
        {
            Labs = ["openai", "anthropic", "google-deepmind", "meta", "xai", "mistral", "deepseek"],
            Clouds = ["azure", "aws", "google-cloud", "oracle", "coreweave"],
            Vendors = ["nvidia", "amd", "google-tpu", "aws-trainium"],
            Ticks = 120,
            Replications = 20,
        });
        Assert.NotEmpty(RunArtifacts.Write(big).Charts.Charts);
    }
}
