using MarketSim.Market;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Tests.Market;

/// <summary>Steps a market tick by tick, checking the invariants after each, and probes it.</summary>
internal static class TestRun
{
    /// <summary>Runs <paramref name="ticks"/> ticks and returns <paramref name="probe"/> after each.</summary>
    public static T[] Probe<T>(ScenarioParameters scenario, int ticks, Func<MarketModel, T> probe, ulong seed = 3) =>
        Probe(new MarketModel(scenario, 0, seed), ticks, probe);

    /// <summary>Runs <paramref name="market"/> for <paramref name="ticks"/> ticks and returns <paramref name="probe"/> after each.</summary>
    public static T[] Probe<T>(MarketModel market, int ticks, Func<MarketModel, T> probe)
    {
        var values = new T[ticks];
        for (var t = 0; t < ticks; t++)
        {
            StepChecked(market);
            values[t] = probe(market);
        }

        return values;
    }

    /// <summary>One tick, then the section 6 invariants.</summary>
    public static void StepChecked(MarketModel market)
    {
        market.Step();
        var broken = InvariantChecker.Check(market);
        Assert.True(broken.Count == 0, $"tick {market.Steps - 1}: " + string.Join("; ", broken));
    }

    /// <summary>Customers of lab <paramref name="lab"/> with home cloud <paramref name="home"/> over all adopters with that home.</summary>
    public static double ShareAtHome(MarketModel market, int lab, int home)
    {
        var total = 0.0;
        var mine = 0.0;
        for (var s = 0; s < market.Customers.Segments; s++)
        {
            for (var j = 0; j < market.Customers.CountLabs; j++)
            {
                var n = market.Customers.CountOf(s, j, home);
                total += n;
                if (j == lab)
                {
                    mine += n;
                }
            }
        }

        return total > 0 ? mine / total : 0;
    }

    /// <summary>Compute paid by <paramref name="from"/> to <paramref name="to"/> this tick, per the ledger's flow records.</summary>
    public static double Paid(MarketModel market, string from, string to)
    {
        var ledger = market.Ledger;
        var f = ledger[from].Index;
        var t = ledger[to].Index;
        return ledger.FlowsThisTick.Where(r => r.From == f && r.To == t && r.Kind == FlowKind.Compute).Sum(r => r.Amount);
    }
}
