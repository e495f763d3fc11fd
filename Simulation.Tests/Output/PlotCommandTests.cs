using MarketSim.Output;

namespace MarketSim.Tests.Output;

public sealed class PlotCommandTests
{
    [Fact]
    public void Plot_SavedRunMovedElsewhere_NeedsOnlyTheFolder()
    {
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Sub("original"));
        // Moving the folder proves nothing outside it (no cache, no absolute path) is needed.
        Directory.Move(dir.Sub("original"), dir.Sub("moved"));
        var set = new PlotCommand().Plot([dir.Sub("moved")], dir.Sub("out"));
        Assert.Equal(8, set.Charts.Count);
        Assert.All(set.Charts, c => Assert.StartsWith(dir.Sub("out"), c.PngPath, StringComparison.Ordinal));
        Assert.All(set.Charts, c => OutputAssert.ValidPng(c.PngPath, 1000, 600));
    }

    [Fact]
    public void Plot_TwoRuns_WritesOverlaysLabelledByScenario()
    {
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Sub("a"));
        RunFixture.Write(dir.Sub("b"), new RunFixture.Options { Scenario = "bubble-burst", TollGrowth = -0.01, WithFlows = false });
        var set = new PlotCommand().Plot([dir.Sub("a"), dir.Sub("b")], dir.Sub("out"));
        string[] overlays = ["compare_revenue_by_layer", "compare_investor_value", "compare_toll_share", "compare_capex_gap"];
        foreach (var name in overlays)
        {
            var chart = Assert.Single(set.Charts, c => c.Name == name);
            OutputAssert.ValidPng(chart.PngPath, 1000, 600);
            OutputAssert.ValidSvg(chart.SvgPath, 1000, 600);
            Assert.Contains("fixture-2025 vs bubble-burst", chart.Title, StringComparison.Ordinal);
        }

        var investorSvg = File.ReadAllText(set.Charts.Single(c => c.Name == "compare_investor_value").SvgPath);
        Assert.Contains("bubble-burst · racetrack", investorSvg, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Sub("out"), "fixture-2025", "revenue_by_layer.png")));
        Assert.True(File.Exists(Path.Combine(dir.Sub("out"), "bubble-burst", "revenue_by_layer.svg")));
    }

    [Fact]
    public void Plot_TwoRunsOfSameScenario_GetDistinctLabels()
    {
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Sub("seed-1"));
        RunFixture.Write(dir.Sub("seed-2"), new RunFixture.Options { WithInvestors = false });
        var set = new PlotCommand().Plot([dir.Sub("seed-1"), dir.Sub("seed-2")], dir.Sub("out"));
        var title = set.Charts.Single(c => c.Name == "compare_revenue_by_layer").Title;
        Assert.Contains("fixture-2025 (seed-1) vs fixture-2025 (seed-2)", title, StringComparison.Ordinal);
        Assert.Contains(set.Skipped, s => s.Contains("seed-2", StringComparison.Ordinal) && s.Contains("investors.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Plot_NoRuns_Throws() =>
        Assert.Throws<ArgumentException>(() => new PlotCommand().Plot([], Path.GetTempPath()));
}
