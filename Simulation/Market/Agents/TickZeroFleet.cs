namespace MarketSim.Market.Agents;

/// <summary>
/// The vintages of a fleet at tick 0 (docs/model.md, initialisation 3): `life` monthly vintages, evenly sized
/// unless the fleet grew before tick 0, in which case the newest are the largest.
/// </summary>
internal static class TickZeroFleet
{
    /// <summary>
    /// Capacity of each tick-0 vintage, by age in months (0 = installed last month, retiring at tick
    /// <paramref name="life"/>). With <paramref name="growth"/> null every vintage is capacity / life; otherwise
    /// vintage shares fall as (1 + g)^-age, because installations grew at g a month before tick 0.
    /// </summary>
    public static double[] Slices(double capacity, int life, double? growth)
    {
        var slices = new double[life];
        if (growth is not { } g)
        {
            Array.Fill(slices, capacity / life);
            return slices;
        }

        // docs/model.md (I.1)
        var total = 0.0;
        for (var age = 0; age < life; age++)
        {
            slices[age] = Math.Pow(1 + g, -age);
            total += slices[age];
        }

        for (var age = 0; age < life; age++)
        {
            slices[age] = capacity * slices[age] / total;
        }

        return slices;
    }

    /// <summary>
    /// Capacity the fleet had on order for delivery at tick <paramref name="month"/> (0 ≤ month &lt; L_d) when the model
    /// starts: the installations that continue the pre-tick-0 growth path of <see cref="Slices"/>, so a fleet that
    /// orders L_d months ahead does not start with an empty supply line (docs/model.md (I.2)).
    /// </summary>
    /// <param name="capacity">The tick-0 fleet, million CU.</param>
    /// <param name="life">Months before a unit retires.</param>
    /// <param name="growth">Monthly growth of installations before tick 0, or null.</param>
    /// <param name="month">The tick the installation is due.</param>
    /// <param name="installations">The tick-0 installation where data give it (I.2a); null derives it from the vintages.</param>
    public static double Installation(double capacity, int life, double? growth, int month, double? installations = null)
    {
        var g = growth ?? 0;
        if (installations is { } first)
        {
            // docs/model.md (I.2a)
            return first * Math.Pow(1 + g, month);
        }

        // docs/model.md (I.2)
        var newest = Slices(capacity, life, growth)[0];
        return newest * Math.Pow(1 + g, month + 1);
    }
}
