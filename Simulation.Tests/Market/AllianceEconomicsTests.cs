namespace MarketSim.Tests.Market;

public sealed class AllianceEconomicsTests
{
    private const int Ticks = 6;

    [Fact]
    public void VerticalLockIn_AllianceCloudsCustomers_PreferTheAllianceLab()
    {
        // Two labs native to two clouds, customers split between the clouds; the alliance ties lab-b to cloud-a.
        var labB = TestScenarios.LabId(1);
        var control = TestScenarios.Quiet(customers: 6_000, labs: 2, clouds: 2)
            .WithCustomers(c => c with { NativeBonus = 0.5 })
            .WithLab(labB, l => TestScenarios.Lab(l.Id, TestScenarios.CloudB));
        var allied = control.With(TestScenarios.Vertical("v", TestScenarios.CloudA, [labB], [TestScenarios.VendorA], lockIn: 1));

        var without = TestRun.Probe(control, Ticks, m => (AtA: TestRun.ShareAtHome(m, 1, 0), AtB: TestRun.ShareAtHome(m, 1, 1)));
        var with = TestRun.Probe(allied, Ticks, m => (AtA: TestRun.ShareAtHome(m, 1, 0), AtB: TestRun.ShareAtHome(m, 1, 1)));

        for (var t = 1; t < Ticks; t++)
        {
            Assert.True(with[t].AtA > without[t].AtA + 0.2, $"tick {t}: lab-b share on cloud-a {with[t].AtA} with the alliance vs {without[t].AtA}");

            // Customers of the other cloud are not affected.
            Assert.True(Math.Abs(with[t].AtB - without[t].AtB) < 0.05, $"tick {t}: lab-b share on cloud-b {with[t].AtB} vs {without[t].AtB}");
        }
    }

    [Fact]
    public void VerticalLockIn_OnItsCloud_MatchesLogitWithExitCost()
    {
        // One cloud, two identical labs both native there, lock-in 1 on lab-b: the initial adopters pick each with
        // 1/2; at the first review a customer of lab-a picks lab-b with 1/2 again, while one of lab-b pays the
        // lock-in to leave and stays with e / (e + 1). Lock-in holds customers; it does not attract new ones.
        var labB = TestScenarios.LabId(1);
        var allied = TestScenarios.Quiet(customers: 20_000, labs: 2)
            .With(TestScenarios.Vertical("v", TestScenarios.CloudA, [labB], [TestScenarios.VendorA], lockIn: 1));

        var share = TestRun.Probe(allied, 1, m => m.Labs[1].DemandShare);

        var stay = Math.E / (Math.E + 1);
        Assert.Equal((0.5 * 0.5) + (0.5 * stay), share[0], 0.01);
    }

    [Fact]
    public void VerticalLockIn_BetweenTheAlliancesOwnLabs_CostsNothing()
    {
        // Both labs in one vertical alliance with lock-in 1: moving from one to the other does not leave the
        // alliance, so every reviewing customer switches with 1/2 as without lock-in.
        var labs = new[] { TestScenarios.LabId(0), TestScenarios.LabId(1) };
        var allied = TestScenarios.Quiet(customers: 20_000, labs: 2)
            .With(TestScenarios.Vertical("v", TestScenarios.CloudA, labs, [TestScenarios.VendorA], lockIn: 1));

        var probe = TestRun.Probe(allied, 2, m => (Share: m.Labs[1].DemandShare, Switched: (double)m.Customers.Switches / m.Customers.Reviews));

        Assert.Equal(0.5, probe[1].Share, 0.02);
        Assert.Equal(0.5, probe[1].Switched, 0.02);
    }

    [Fact]
    public void HorizontalInterop_BetweenMemberLabs_MoreSwitching()
    {
        // Three equal labs with a high switching cost; interop 1 between lab-a and lab-b removes it between them.
        var control = TestScenarios.Quiet(customers: 6_000, labs: 3).WithSegments(s => s with { SwitchingCost = 3 });
        var coalition = control.With(TestScenarios.Horizontal("h", [TestScenarios.CloudA], [TestScenarios.LabId(0), TestScenarios.LabId(1)], interop: 1));

        var without = TestRun.Probe(control, Ticks, m => m.Customers.Switches);
        var with = TestRun.Probe(coalition, Ticks, m => m.Customers.Switches);

        // Tick 0 is the first choice for the initial adopters; from then on switches differ.
        var a = without.Skip(1).Sum();
        var b = with.Skip(1).Sum();
        Assert.True(b > 2 * a, $"switches with interop {b} vs {a} without");
    }

    [Fact]
    public void HorizontalInterop_NoSwitchingCostBetweenMembers_MembersShareTheirCustomersFreely()
    {
        // Without the coalition the three equal labs keep a third each. With it, members' customers move between
        // members freely but still pay s = 3 to reach the outsider, and the outsider's customers pay s to reach
        // either member: the stationary shares are members (1 + 2e^-3) / (3 + 2e^-3)... about 0.39 each, outsider about 0.21.
        var coalition = TestScenarios.Quiet(customers: 30_000, labs: 3)
            .WithSegments(s => s with { SwitchingCost = 3 })
            .With(TestScenarios.Horizontal("h", [TestScenarios.CloudA], [TestScenarios.LabId(0), TestScenarios.LabId(1)], interop: 1));

        var shares = TestRun.Probe(coalition, 30, m => (m.Labs[0].DemandShare, m.Labs[1].DemandShare, m.Labs[2].DemandShare));

        var (a, b, c) = shares[^1];
        Assert.True(Math.Abs(a - b) < 0.03, $"members {a} and {b}");
        Assert.True(c < 0.27, $"members {a}, {b} vs outsider {c}");
    }
}
