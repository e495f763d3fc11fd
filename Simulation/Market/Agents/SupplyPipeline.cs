namespace MarketSim.Market.Agents;

/// <summary>
/// A vendor's capacity expansions in flight (docs/model.md (7.9)): an expansion ordered at tick t arrives at
/// t + L_v. Keeps the per-tick history of orders and arrivals so the invariant "arrivals equal expansions
/// ordered L_v earlier" can be checked every tick.
/// </summary>
public sealed class SupplyPipeline
{
    private readonly List<double> _ordered = [];
    private readonly List<double> _arrived = [];
    private double[] _seeded = [];

    internal SupplyPipeline(int leadTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leadTime, 1);
        LeadTime = leadTime;
    }

    /// <summary>L_v, months.</summary>
    public int LeadTime { get; }

    /// <summary>Capacity ordered and not yet arrived, thousand units per month.</summary>
    public double InFlight { get; private set; }

    /// <summary>Expansion ordered at each tick, thousand units per month.</summary>
    public IReadOnlyList<double> Ordered => _ordered;

    /// <summary>Capacity arrived at each tick, thousand units per month.</summary>
    public IReadOnlyList<double> Arrived => _arrived;

    /// <summary>Expansions ordered before tick 0, by the tick they arrive at (index 0 unused), thousand units per month.</summary>
    public IReadOnlyList<double> Seeded => _seeded;

    /// <summary>
    /// The expansions the vendor had in flight at tick 0: <paramref name="arrivals"/>[k - 1] arrives at tick k, for k below
    /// L_v, when the first expansion ordered in the model arrives (docs/model.md (I.3)). Called once, before the first tick.
    /// </summary>
    internal void Seed(IReadOnlyList<double> arrivals)
    {
        _seeded = new double[arrivals.Count + 1];
        for (var k = 0; k < arrivals.Count && k < LeadTime - 1; k++)
        {
            _seeded[k + 1] = arrivals[k];
            InFlight += arrivals[k];
        }
    }

    /// <summary>The capacity due at <paramref name="tick"/> arrives (called once per tick, in tick order).</summary>
    internal double Arrive(int tick)
    {
        var source = tick - LeadTime;
        var due = source >= 0 ? (source < _ordered.Count ? _ordered[source] : 0) : (tick < _seeded.Length ? _seeded[tick] : 0);
        while (_arrived.Count < tick)
        {
            _arrived.Add(0);
        }

        _arrived.Add(due);
        InFlight = Math.Max(0, InFlight - due);
        return due;
    }

    /// <summary>Orders <paramref name="expansion"/> at <paramref name="tick"/> (called once per tick, after <see cref="Arrive"/>).</summary>
    internal void Order(int tick, double expansion)
    {
        while (_ordered.Count < tick)
        {
            _ordered.Add(0);
        }

        _ordered.Add(expansion);
        InFlight += expansion;
    }
}
