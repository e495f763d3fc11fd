using MarketSim.Market;
using MarketSim.Market.Events;

namespace MarketSim.Tests.Market;

public sealed class SwitchFlowTests
{
    private const int Ticks = 6;

    [Fact]
    public void SwitchesBetween_EqualLabs_EachFlowIsAThirdOfTheOriginsCustomers()
    {
        // Three identical labs, every adopter reviews every month with no switching cost: a customer of lab c moves
        // to each other lab with probability 1/3, so the flow c -> j is about a third of c's customers at the start
        // of the month, and the flows add up to the switch count.
        var flows = TestRun.Probe(TestScenarios.Quiet(customers: 30_000, labs: 3), Ticks, m => Flows(m));
        for (var t = 1; t < Ticks; t++)
        {
            Assert.Equal(flows[t].Switches, flows[t].Total);
            for (var c = 0; c < 3; c++)
            {
                for (var j = 0; j < 3; j++)
                {
                    var expected = c == j ? 0 : flows[t - 1].Users[c] / 3.0;
                    Assert.Equal(expected, flows[t].Matrix[c, j], expected * 0.05 + 1e-9);
                }
            }
        }
    }

    [Fact]
    public void SwitchesBetween_AfterALabEnters_CoversTheEntrant()
    {
        const int at = 3;
        var entrant = TestScenarios.Lab("entrant") with { Capability = 1.2, Cash = 7 };
        var flows = TestRun.Probe(TestScenarios.Quiet(customers: 4_000, labs: 2).With(new LabEntry(at, entrant)), Ticks, m => Flows(m));
        for (var t = 0; t < Ticks; t++)
        {
            Assert.Equal(flows[t].Switches, flows[t].Total);
            Assert.Equal(t < at ? 2 : 3, flows[t].Matrix.GetLength(0));
        }

        Assert.True(flows[at].Matrix[0, 2] + flows[at].Matrix[1, 2] > 0, "customers move to the entrant in its first month");
    }

    private static (int Switches, int Total, int[,] Matrix, int[] Users) Flows(MarketModel market)
    {
        var customers = market.Customers;
        var labs = customers.CountLabs;
        var matrix = new int[labs, labs];
        var users = new int[labs];
        var total = 0;
        for (var c = 0; c < labs; c++)
        {
            for (var j = 0; j < labs; j++)
            {
                matrix[c, j] = customers.SwitchesBetween(c, j);
                total += matrix[c, j];
            }

            for (var s = 0; s < customers.Segments; s++)
            {
                for (var h = 0; h < market.Clouds.Count; h++)
                {
                    users[c] += customers.CountOf(s, c, h);
                }
            }
        }

        return (customers.Switches, total, matrix, users);
    }
}
