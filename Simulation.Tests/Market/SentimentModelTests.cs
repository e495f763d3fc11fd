using MarketSim.Engine;
using MarketSim.Market;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>Sentiment (docs/model.md 3.3.10): what the growth term reads, (10.1) and (10.1a).</summary>
public sealed class SentimentModelTests
{
    // The ratio term and noise are off, so only the growth term moves ln S; expected growth is the spend's own 6% a month.
    private static SentimentParameters Parameters(bool readsDemand) => new(
        Initial: 1, Persistence: 0.9, GrowthWeight: 2, RatioWeight: 0, ExpectedGrowth: 0.06, CapexOptimism: 0, Noise: 0,
        GrowthReadsDemand: readsDemand);

    // Demand grows 6% a month; in months 10-12 the clouds serve 5% of it, then all of it again.
    private static List<double> Path(bool readsDemand, bool shortage)
    {
        var sentiment = new SentimentModel(Parameters(readsDemand));
        var random = new RandomStream(7);
        var path = new List<double>();
        for (var t = 0; t < 24; t++)
        {
            var demanded = 10 * Math.Pow(1.06, t);
            var served = shortage && t is >= 10 and <= 12 ? 0.05 * demanded : demanded;
            sentiment.Update(served, demanded, 5, random);
            path.Add(sentiment.Value);
        }

        return path;
    }

    [Fact]
    public void GrowthReadsDemand_AShortageAndItsRecovery_AreNotNewsAboutGrowth()
    {
        // Demand grows exactly as expected, so ln S stays at 0 whatever the clouds serve.
        Assert.All(Path(readsDemand: true, shortage: true), s => Assert.Equal(1, s, 12));
    }

    [Fact]
    public void GrowthReadsServedSpend_TheRecoveryFromAShortageLiftsSentimentByOrdersOfMagnitude()
    {
        // v1's reading (the defect that departure 84 removes): served spend jumps 20-fold in month 13.
        var path = Path(readsDemand: false, shortage: true);
        Assert.True(path[12] < 0.5, $"S at the shortage's end {path[12]}");
        Assert.True(path[13] > 1e6, $"S after the recovery {path[13]}");
    }

    [Fact]
    public void WithoutAShortage_BothReadingsGiveTheSameSentiment()
    {
        Assert.Equal(Path(readsDemand: false, shortage: false), Path(readsDemand: true, shortage: false));
    }

    [Fact]
    public void DemandedSpend_EqualsServedSpend_UntilTheCloudRations()
    {
        // Tick 0 of one cloud with room for everything (10 M CU against 0.1 of inference) and of one with 0.02 M CU,
        // a fifth of it: the labs are served a fifth of their demand, and customers pay for what is served.
        var ample = new MarketModel(TestScenarios.Quiet(customers: 500, labs: 2), 0, 3);
        var scarce = new MarketModel(TestScenarios.Quiet(customers: 500, labs: 2).WithClouds(c => c with { Capacity = 0.02 }), 0, 3);
        ample.Step();
        scarce.Step();

        Assert.Equal(ample.Totals.CustomerSpend, ample.Totals.DemandedSpend, 1e-12 * ample.Totals.CustomerSpend);
        Assert.Equal(ample.Totals.DemandedSpend, scarce.Totals.DemandedSpend, 1e-12 * ample.Totals.DemandedSpend);
        Assert.Equal(0.2 * scarce.Totals.DemandedSpend, scarce.Totals.CustomerSpend, 1e-9 * scarce.Totals.DemandedSpend);
    }
}
