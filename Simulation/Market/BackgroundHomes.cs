using MarketSim.Engine;
using MarketSim.Market.Agents;

namespace MarketSim.Market;

/// <summary>
/// Where each cloud's v1 background demand (6.1) is served (docs/model.md (16.18)). A background stream belongs to
/// its customers, not to the fleet: when its cloud defaults the stream keeps growing by that cloud's own law and is
/// served, at list, by the live clouds it was split to. Until a cloud defaults every stream is served at home, so the
/// exchange makes this only at the first default and v1 runs without defaults never touch it.
/// </summary>
internal sealed class BackgroundHomes
{
    private readonly AgentSet<Cloud> _clouds;
    private readonly double[,] _share;
    private readonly int[] _advancedTo;

    internal BackgroundHomes(AgentSet<Cloud> clouds)
    {
        _clouds = clouds;
        var n = clouds.Count;
        _share = new double[n, n];
        _advancedTo = new int[n];
        for (var c = 0; c < n; c++)
        {
            _share[c, c] = 1;
        }
    }

    /// <summary>The share of cloud <paramref name="origin"/>'s background stream served by cloud <paramref name="server"/>.</summary>
    public double Share(int origin, int server) => _share[origin, server];

    /// <summary>
    /// Million CU of background that cloud <paramref name="server"/> serves at <paramref name="tick"/>: its own
    /// stream (advanced by the caller) and its shares of dead clouds' streams. Clouds serve in a shuffled order, so a
    /// dead cloud's stream is advanced here, once a tick, by whichever server asks first.
    /// </summary>
    internal double Demand(int server, int tick)
    {
        var demand = 0.0;
        for (var o = 0; o < _clouds.Count; o++)
        {
            var origin = _clouds[o];
            if (!origin.Alive && _advancedTo[o] < tick)
            {
                // docs/model.md (6.1) with the dead cloud's own growth and half-life.
                origin.AdvanceBackground(tick);
                _advancedTo[o] = tick;
            }

            demand += _share[o, server] * origin.BackgroundDemand;
        }

        return demand;
    }

    /// <summary>Background that cloud <paramref name="server"/> served this tick, million CU (its segment size for (16.16)).</summary>
    internal double Served(int server)
    {
        var demand = 0.0;
        for (var o = 0; o < _clouds.Count; o++)
        {
            demand += _share[o, server] * _clouds[o].BackgroundDemand;
        }

        return demand;
    }

    /// <summary>
    /// Cloud <paramref name="dead"/> defaulted at <paramref name="tick"/> after serving: every stream it served moves to
    /// the live clouds by <paramref name="split"/> (16.16), from the next tick.
    /// </summary>
    internal void Move(Cloud dead, int tick, double[] split)
    {
        var d = dead.Index;
        _advancedTo[d] = tick;
        for (var o = 0; o < _clouds.Count; o++)
        {
            var moving = _share[o, d];
            if (moving <= 0)
            {
                continue;
            }

            _share[o, d] = 0;
            for (var b = 0; b < split.Length; b++)
            {
                _share[o, b] += moving * split[b];
            }
        }
    }
}
