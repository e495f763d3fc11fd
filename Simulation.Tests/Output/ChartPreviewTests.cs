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
    }
}
