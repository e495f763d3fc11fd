using MarketSim.Market.Agents;
using Xunit.Abstractions;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// docs/model.md 3.3.12 and 3.3.8: vendor money invested in labs comes back as vendor revenue through the clouds, and the
/// ledger's provenance shows it. Provenance is exact whatever the customer count, so 2,000 customers do.
/// </summary>
public sealed class CircularFinancingTests(ITestOutputHelper output)
{
    private const int Replications = 10;
    private const int Months = 24;

    [Fact]
    public void CircularBoom_VendorsRoundTripShare_IsClearlyAboveZero()
    {
        var share = VendorRoundTripShare("circular-boom");
        output.WriteLine($"circular-boom: vendors' round-trip share over the first {Months} months {share:P2}");
        Assert.True(share > 0.02, $"vendors' round-trip share {share:P2} should be clearly above zero");
    }

    [Fact]
    public void NoAlliances_VendorsRoundTripShare_IsExactlyZero() =>
        Assert.Equal(0.0, VendorRoundTripShare("no-alliances"));

    /// <summary>Vendors' revenue-weighted round-trip share over the first months, pooled over replications.</summary>
    private static double VendorRoundTripShare(string name)
    {
        var scenario = ThesisRuns.Load(name, "customers.count=2000");
        var probes = ThesisRuns.Run(scenario, Replications, () => new double[2], (m, p) =>
        {
            foreach (Vendor vendor in m.Vendors)
            {
                p[0] += vendor.RoundTripShare * vendor.Revenue;
                p[1] += vendor.Revenue;
            }
        }, ticks: Months);
        return probes.Sum(p => p[0]) / probes.Sum(p => p[1]);
    }
}
