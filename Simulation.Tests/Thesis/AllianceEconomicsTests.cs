using MarketSim.Market;
using MathNet.Numerics.Statistics;
using Xunit.Abstractions;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// Alliances work through economics, not by decree (docs/model.md 3.3.3, 3.3.12): vertical lock-in shows up as a
/// captive lab's higher share among its cloud's customers; horizontal interoperability as more switching
/// between member labs and a less concentrated lab market than under lockdown. The captive-share runs need
/// enough agents per (segment, lab, home cloud) cell for shares to be read, so they keep 4,000 customers (a
/// fifth of the baseline's 20,000); the coalition-against-lockdown comparison uses the shared full-size runs.
/// </summary>
public sealed class AllianceEconomicsTests(ITestOutputHelper output, CoalitionAndLockdownRuns runs) : IClassFixture<CoalitionAndLockdownRuns>
{
    private const int Replications = 20;
    private const string Customers = "customers.count=4000";

    [Theory]
    [InlineData("google-deepmind", "google-cloud", "")]
    [InlineData("openai", "oracle", "")]
    [InlineData("anthropic", "azure", "aws")]
    [InlineData("anthropic", "aws", "azure")]
    public void VerticalLockdown_AllianceLab_HasHigherShareAmongItsCloudsCustomers(string lab, string cloud, string otherAllies)
    {
        // "Elsewhere" leaves out the lab's other alliance clouds; the same shares without alliances show what the
        // alliance itself adds (a lab is native to its own main cloud with or without one).
        var unallied = otherAllies.Length == 0 ? [] : otherAllies.Split(',');
        var (inside, outside) = CaptiveShares("vertical-lockdown", lab, cloud, unallied);
        var (controlInside, controlOutside) = CaptiveShares("no-alliances", lab, cloud, unallied);
        output.WriteLine($"{lab} share of adopters: home {cloud} {inside:P1}, unallied homes {outside:P1}; without alliances {controlInside:P1} and {controlOutside:P1}");
        Assert.True(inside > 1.5 * outside, $"{lab}'s share among {cloud} customers ({inside:P1}) should be well above its share elsewhere ({outside:P1})");
        Assert.True(inside / outside > 1.5 * (controlInside / controlOutside), $"the alliance should be what lifts {lab} on {cloud}: ratio {inside / outside:F2} vs {controlInside / controlOutside:F2} without alliances");
    }

    private static (double Inside, double Outside) CaptiveShares(string name, string lab, string cloud, string[] excluded)
    {
        var scenario = ThesisRuns.Load(name, Customers);
        var probes = ThesisRuns.Run(scenario, Replications, () => new ShareProbe(lab, cloud, excluded), (m, p) => p.Observe(m));
        return (probes.Average(p => p.Inside / p.InsideAll), probes.Average(p => p.Outside / p.OutsideAll));
    }

    [Fact]
    public void HorizontalCoalition_MemberLabs_SwitchMoreBetweenThemselves_ThanUnderVerticalLockdown()
    {
        var horizontal = runs.Horizontal.Average(o => o.MemberSwitches);
        var vertical = runs.Vertical.Average(o => o.MemberSwitches);
        output.WriteLine($"switches between {string.Join(", ", CoalitionAndLockdownRuns.MemberLabs)} per run: horizontal {horizontal:F0}, vertical {vertical:F0}; "
            + $"all switches: horizontal {runs.Horizontal.Average(o => o.Switches):F0}, vertical {runs.Vertical.Average(o => o.Switches):F0}");
        Assert.True(horizontal > 1.4 * vertical, $"interop should make switching between member labs clearly more frequent ({horizontal:F0} vs {vertical:F0})");
        Assert.True(runs.Horizontal.Average(o => o.Switches) > runs.Vertical.Average(o => o.Switches), "and switching overall");
    }

    [Fact]
    public void VerticalLockdown_ConcentratesLess_ThanHorizontalCoalition()
    {
        // Lock-in entrenches whoever holds the ecosystems. Under v1 that ratcheted customers into the stacks and
        // lockdown ended the more concentrated; under v2 OpenAI leads the race in most replications, and lockdown's
        // stacks, which give Anthropic AWS and Azure, hold a second horse in the race, while interop (no
        // force for spreading) lets customers follow the best member. The sign is a finding about who allies with
        // whom, read pair by pair, and must stand clear of its own noise.
        var differences = runs.Horizontal.Zip(runs.Vertical, (h, v) => h.MeanHhi - v.MeanHhi).ToArray();
        var mean = differences.Mean();
        var standardError = differences.StandardDeviation() / Math.Sqrt(differences.Length);
        output.WriteLine($"mean HHI: horizontal {runs.Horizontal.Average(o => o.MeanHhi):F3}, vertical {runs.Vertical.Average(o => o.MeanHhi):F3}; "
            + $"paired difference {mean:F4} (standard error {standardError:F4})");
        Assert.True(mean > 2 * standardError, $"lab HHI should be lower under lockdown than under interoperability: horizontal - vertical = {mean:F4} +- {standardError:F4}");
    }

    /// <summary>Adopters of one lab among customers of one home cloud and among those of the other clouds but the excluded, summed over ticks.</summary>
    private sealed class ShareProbe(string lab, string cloud, string[] excluded)
    {
        public double Inside { get; private set; }

        public double InsideAll { get; private set; }

        public double Outside { get; private set; }

        public double OutsideAll { get; private set; }

        public void Observe(MarketModel market)
        {
            var labIndex = market.LabById(lab).Index;
            var home = market.CloudIndex(cloud);
            var skip = excluded.Select(market.CloudIndex).ToArray();
            var customers = market.Customers;
            for (var s = 0; s < customers.Segments; s++)
            {
                for (var j = 0; j < customers.CountLabs; j++)
                {
                    for (var h = 0; h < market.Clouds.Count; h++)
                    {
                        var n = customers.CountOf(s, j, h);
                        if (h == home)
                        {
                            InsideAll += n;
                            Inside += j == labIndex ? n : 0;
                        }
                        else if (Array.IndexOf(skip, h) < 0)
                        {
                            OutsideAll += n;
                            Outside += j == labIndex ? n : 0;
                        }
                    }
                }
            }
        }
    }
}
