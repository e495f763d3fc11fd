namespace MarketSim.Market;

/// <summary>
/// Cumulative growth when the monthly rate decays: g(t) = g0 2^(-t / halfLife), level(t) = prod over
/// tau &lt; t of (1 + g(tau)). Growth that compounds forever at today's rate would make a ten-year horizon
/// absurd; a half-life lets early growth match the sources and later growth slow as markets mature.
/// </summary>
public static class DecayingGrowth
{
    /// <summary>The monthly rate at <paramref name="tick"/>.</summary>
    public static double Rate(double initialRate, double halfLife, int tick) =>
        // docs/model.md (2.2), (6.1)
        halfLife > 0 ? initialRate * Math.Pow(2, -tick / halfLife) : initialRate;

    /// <summary>The level at <paramref name="tick"/> relative to tick 0.</summary>
    public static double Level(double initialRate, double halfLife, int tick)
    {
        var level = 1.0;
        for (var tau = 0; tau < tick; tau++)
        {
            level *= 1 + Rate(initialRate, halfLife, tau);
        }

        return level;
    }
}
