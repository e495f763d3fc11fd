using MarketSim.Output;
using MarketSim.Tests.Support;

namespace MarketSim.Tests.Output;

public sealed class RunChartsTests
{
    private static readonly string[] AllCharts =
    [
        RunCharts.RevenueByLayer, RunCharts.LabShares, RunCharts.TollCumulative, RunCharts.LabCapability,
        RunCharts.InvestorValue, "outcome_distribution", RunCharts.RoundTripShare, RunCharts.CapexGap,
    ];

    [Fact]
    public void Write_FixtureRun_EveryChartIsValidPngAndSvg()
    {
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Path);
        ChartSet set;
        using (new CultureScope("de-DE"))
        {
            set = new RunCharts().Write(RunData.Load(dir.Path), dir.Sub("charts"));
        }

        Assert.Equal(AllCharts, set.Charts.Select(c => c.Name));
        Assert.Empty(set.Skipped);
        foreach (var chart in set.Charts)
        {
            OutputAssert.ValidPng(chart.PngPath, 1000, 600);
            OutputAssert.ValidSvg(chart.SvgPath, 1000, 600);
            Assert.Contains("fixture-2025", chart.Title, StringComparison.Ordinal);
        }

        // Invariant tick labels and the scenario-calendar axis, whatever the current culture.
        var revenue = File.ReadAllText(set.Charts[0].SvgPath);
        Assert.Contains("Jan 2026", revenue, StringComparison.Ordinal);
        Assert.Contains("mean of 3 replications", revenue, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CustomSize_RendersThatSize()
    {
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Path, new RunFixture.Options { Replications = 1, Ticks = 6 });
        var set = new RunCharts(800, 500).Write(RunData.Load(dir.Path), dir.Sub("charts"));
        OutputAssert.ValidPng(set.Charts[0].PngPath, 800, 500);
        OutputAssert.ValidSvg(set.Charts[0].SvgPath, 800, 500);
    }

    [Fact]
    public void Write_EarlyRunWithoutInvestorsOrFlows_SkipsInvestorChartAndSaysSo()
    {
        using var dir = new TempDirectory();
        RunFixture.Write(dir.Path, new RunFixture.Options { WithInvestors = false, WithFlows = false, WithSummary = false });
        var set = new RunCharts().Write(RunData.Load(dir.Path), dir.Sub("charts"));
        Assert.DoesNotContain(set.Charts, c => c.Name == RunCharts.InvestorValue);
        Assert.Contains(set.Skipped, s => s.Contains("investors.csv", StringComparison.Ordinal));
        // Both investor charts (value over time, distribution of final multiples) need investors.csv.
        Assert.Equal(AllCharts.Length - 2, set.Charts.Count);
    }
}
