using MarketSim.Market;
using Xunit.Abstractions;

namespace MarketSim.Tests.Thesis;

/// <summary>
/// Alliances work through economics, not by decree (MODEL.md 4.3, 4.9): vertical lock-in shows up as a
/// captive lab's higher share among its cloud's customers; horizontal interoperability as more switching
/// and a less concentrated lab market. Customer choices need enough agents per (segment, lab, home cloud)
/// cell for shares to be read, so these runs keep 4,000 customers (a fifth of the baseline's 20,000).
/// </summary>
public sealed class AllianceEconomicsTests(ITestOutputHelper output)
{
    private const int Replications = 20;
    private const string Customers = "customers.count=4000";

    [Fact]
    public void VerticalLockdown_AllianceLab_HasHigherShareAmongItsCloudsCustomers()
    {
        var scenario = ThesisRuns.Load("vertical-lockdown", Customers);
        var probes = ThesisRuns.Run(scenario, Replications, () => new ShareProbe("google-deepmind", "google-cloud"), (m, p) => p.Observe(m));

        var inside = probes.Average(p => p.Inside / p.InsideAll);
        var outside = probes.Average(p => p.Outside / p.OutsideAll);
        output.WriteLine($"google-deepmind share of adopters: home google-cloud {inside:P1}, other homes {outside:P1}");
        Assert.True(inside > 2 * outside, $"google-deepmind's share among Google Cloud customers ({inside:P1}) should be well above its share elsewhere ({outside:P1})");
    }

    [Fact]
    public void HorizontalCoalition_SwitchesMore_ThanVerticalLockdown()
    {
        var horizontal = Concentration("horizontal-coalition");
        var vertical = Concentration("vertical-lockdown");
        output.WriteLine($"switches per run: horizontal {horizontal.Switches:F0}, vertical {vertical.Switches:F0}; mean HHI: horizontal {horizontal.Hhi:F3}, vertical {vertical.Hhi:F3}");
        Assert.True(horizontal.Switches > 1.2 * vertical.Switches, "switching should be clearly more frequent under interoperability");
    }

    [Fact(Skip = "Does not hold in this model, for an economic reason rather than a parameter one: with logit choice, "
        + "vertical lock-in splits customers into captive ecosystems (four stacks in vertical-lockdown: mean HHI of adopter shares 0.364), "
        + "while interoperability lets customers move to the most attractive lab, so horizontal-coalition ends as concentrated as "
        + "no-alliances (0.394 vs 0.397), whatever the members, native bonus or portability (tried 0 to 0.8). See scenarios/README.md.")]
    public void HorizontalCoalition_ConcentratesLess_ThanVerticalLockdown()
    {
        var horizontal = Concentration("horizontal-coalition");
        var vertical = Concentration("vertical-lockdown");
        Assert.True(horizontal.Hhi < vertical.Hhi, $"lab HHI should be lower under interoperability ({horizontal.Hhi:F3} vs {vertical.Hhi:F3})");
    }

    private static (double Switches, double Hhi) Concentration(string name)
    {
        var scenario = ThesisRuns.Load(name, Customers);
        var probes = ThesisRuns.Run(scenario, Replications, () => new double[3], (m, p) =>
        {
            p[0] += m.Customers.Switches;
            p[1] += m.Totals.Hhi;
            p[2]++;
        });
        return (probes.Average(p => p[0]), probes.Average(p => p[1] / p[2]));
    }

    /// <summary>Adopters of one lab among customers of one home cloud and among the rest, summed over ticks.</summary>
    private sealed class ShareProbe(string lab, string cloud)
    {
        public double Inside { get; private set; }

        public double InsideAll { get; private set; }

        public double Outside { get; private set; }

        public double OutsideAll { get; private set; }

        public void Observe(MarketModel market)
        {
            var labIndex = market.LabById(lab).Index;
            var home = market.CloudIndex(cloud);
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
                        else
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
