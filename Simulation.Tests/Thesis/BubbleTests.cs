using MarketSim.Market;
using Xunit.Abstractions;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// docs/model.md 3.3.6 and 3.3.10: in bubble-burst a funding freeze (months 18-29) on top of capex optimism makes
/// sentiment fall, rounds fail, labs exit, and the bullwhip shows (the further upstream, the larger the
/// swing). Funding and capex do not depend on the customer count, so 4,000 customers do.
/// </summary>
public sealed class BubbleTests(ITestOutputHelper output)
{
    private const int Replications = 20;
    private const int FreezeStart = 18;
    private const int FreezeEnd = 30;

    [Fact]
    public void BubbleBurst_SentimentFalls_RoundsFail_LabsExit()
    {
        var burst = Run("bubble-burst");
        var baseline = Run("baseline-2025");

        var fell = burst.Count(p => p.SentimentLow < 0.6 * p.SentimentBefore);
        var failed = burst.Average(p => p.FailedRoundsInFreeze);
        var baseFailed = baseline.Average(p => p.FailedRoundsInFreeze);
        var exited = burst.Count(p => p.LabsAliveAtEnd < p.Labs);
        output.WriteLine($"sentiment fell by 40%+ in {fell}/{Replications}; failed rounds in months {FreezeStart}-{FreezeEnd - 1}: {failed:F1} (baseline {baseFailed:F1}); a lab exited in {exited}/{Replications}");

        Assert.Equal(Replications, fell);
        Assert.True(failed > 2 * baseFailed && failed >= 1, "funding rounds should fail during the freeze, well above the baseline");
        Assert.True(exited > Replications / 2, "at least one lab should exit in most replications");
    }

    /// <summary>
    /// The bullwhip. Revenue grows, so its plain CV measures the trend; here CV is the standard deviation of
    /// revenue relative to its centred 13-month moving average (R_t / MA_t - 1, over the months where the
    /// window fits and MA_t is positive), a trend-free measure of the swings, averaged over replications.
    /// </summary>
    [Fact]
    public void BubbleBurst_Bullwhip_VendorsSwingMoreThanCloudsMoreThanLabs()
    {
        var burst = Run("bubble-burst");
        var labs = burst.Average(p => DetrendedCv(p.LabRevenue));
        var clouds = burst.Average(p => DetrendedCv(p.CloudRevenue));
        var vendors = burst.Average(p => DetrendedCv(p.VendorRevenue));
        output.WriteLine($"detrended CV of monthly revenue: labs {labs:F3}, clouds {clouds:F3}, vendors {vendors:F3}");
        Assert.True(vendors > clouds, "vendors should swing more than clouds");
        Assert.True(clouds > labs, "clouds should swing more than labs");
    }

    internal static double DetrendedCv(IReadOnlyList<double> series)
    {
        const int half = 6;
        var deviations = new List<double>();
        for (var t = half; t < series.Count - half; t++)
        {
            var sum = 0.0;
            for (var k = t - half; k <= t + half; k++)
            {
                sum += series[k];
            }

            var average = sum / ((2 * half) + 1);
            if (average > 0)
            {
                deviations.Add((series[t] / average) - 1);
            }
        }

        var mean = deviations.Average();
        return Math.Sqrt(deviations.Sum(d => (d - mean) * (d - mean)) / deviations.Count);
    }

    private static Probe[] Run(string name) =>
        ThesisRuns.Run(ThesisRuns.Load(name, "customers.count=4000"), Replications, () => new Probe(), (m, p) => p.Observe(m));

    private sealed class Probe
    {
        public List<double> LabRevenue { get; } = [];

        public List<double> CloudRevenue { get; } = [];

        public List<double> VendorRevenue { get; } = [];

        public double SentimentBefore { get; private set; } = double.NaN;

        public double SentimentLow { get; private set; } = double.PositiveInfinity;

        public int FailedRoundsInFreeze { get; private set; }

        public int Labs { get; private set; }

        public int LabsAliveAtEnd { get; private set; }

        public void Observe(MarketModel market)
        {
            var tick = market.Steps - 1;
            var totals = market.Totals;
            LabRevenue.Add(totals.LabRevenue);
            CloudRevenue.Add(totals.CloudRevenue);
            VendorRevenue.Add(totals.VendorRevenue);
            if (tick == FreezeStart - 1)
            {
                SentimentBefore = market.Sentiment;
            }

            if (tick >= FreezeStart && tick < FreezeEnd + 12)
            {
                SentimentLow = Math.Min(SentimentLow, market.Sentiment);
            }

            if (tick >= FreezeStart && tick < FreezeEnd)
            {
                FailedRoundsInFreeze += market.Funding.FailedRoundsThisTick;
            }

            Labs = market.Labs.Count;
            LabsAliveAtEnd = totals.LabsAlive;
        }
    }
}
