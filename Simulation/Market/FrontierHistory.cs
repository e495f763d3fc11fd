using MarketSim.Market.Agents;

namespace MarketSim.Market;

/// <summary>
/// The frontier capability of every tick so far (docs/model.md 3.3.5): the best living closed lab's.
/// Open-weights labs catch up with it after a lag.
/// </summary>
public sealed class FrontierHistory
{
    private readonly List<double> _frontier = [];

    /// <summary>Records this tick's frontier from <paramref name="labs"/> (0 when no closed lab is alive).</summary>
    internal void Record(IEnumerable<Lab> labs) =>
        _frontier.Add(labs.Where(l => l.Alive && !l.OpenWeights).Select(l => l.Capability).DefaultIfEmpty(0).Max());

    /// <summary>The frontier stage: records this tick's frontier and, under v2 capability, caps open weights (<see cref="CapOpenWeights"/>).</summary>
    internal void Advance(IEnumerable<Lab> labs, int tick, double lag, bool capOpenWeights)
    {
        Record(labs);
        if (capOpenWeights)
        {
            CapOpenWeights(labs, tick, lag);
        }
    }

    /// <summary>
    /// v2 (docs/model.md 3.3.5b): after <see cref="Record"/>, caps every open-weights lab at
    /// min(F(<paramref name="tick"/> - <paramref name="lag"/>), F(<paramref name="tick"/>)), so open weights
    /// trail the closed frontier by at least the lag and never lead it.
    /// </summary>
    internal void CapOpenWeights(IEnumerable<Lab> labs, int tick, double lag)
    {
        var cap = Math.Min(At(tick - lag), At(tick));
        foreach (var lab in labs)
        {
            if (lab.Alive)
            {
                lab.CapCapability(cap);
            }
        }
    }

    /// <summary>The frontier capability at tick <paramref name="tick"/> (interpolated; the first tick's before the start).</summary>
    public double At(double tick)
    {
        if (_frontier.Count == 0)
        {
            return 0;
        }

        if (tick <= 0)
        {
            return _frontier[0];
        }

        var low = (int)Math.Floor(tick);
        if (low >= _frontier.Count - 1)
        {
            return _frontier[^1];
        }

        var w = tick - low;
        return (_frontier[low] * (1 - w)) + (_frontier[low + 1] * w);
    }
}
