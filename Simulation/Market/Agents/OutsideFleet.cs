using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

/// <summary>
/// A fleet outside the racetrack (self-builders, sovereign and enterprise buyers; docs/model.md 3.3.7a). It is not
/// a firm: nobody invests in it and it has no account of its own. Its demand is mu times the clouds' demand; it
/// orders chips under the backlog capex rule (no contracts, no financing limit) and the vendors bill the
/// other-chip-buyers account on delivery.
/// </summary>
public sealed class OutsideFleet
{
    private readonly List<Vintage> _fleet = [];

    internal OutsideFleet(OutsideFleetParameters parameters, SupplyParameters supply, int index)
    {
        Parameters = parameters;
        Index = index;
        Planner = new CapexPlanner(supply, parameters.InitialGrowth);
        DemandShare = parameters.DemandShare ?? double.NaN;
        var slices = TickZeroFleet.Slices(parameters.Capacity, parameters.Life, parameters.FleetGrowth);
        for (var age = 0; age < parameters.Life; age++)
        {
            _fleet.Add(new Vintage(slices[age], 0, parameters.Life - age, string.Empty));
        }

        Capacity = parameters.Capacity;
    }

    /// <summary>The fleet's scenario parameters.</summary>
    public OutsideFleetParameters Parameters { get; }

    /// <summary>Position among the outside fleets.</summary>
    public int Index { get; }

    /// <summary>Fleet id.</summary>
    public string Id => Parameters.Id;

    /// <summary>The capex rule.</summary>
    public CapexPlanner Planner { get; }

    /// <summary>mu: demand over the clouds' demand (NaN until solved at tick 0 when the scenario leaves it null).</summary>
    public double DemandShare { get; internal set; }

    /// <summary>Fleet capacity, million CU per month.</summary>
    public double Capacity { get; private set; }

    /// <summary>Demand this tick, million CU.</summary>
    public double Demand { get; private set; }

    /// <summary>Capacity on order at vendors, million CU.</summary>
    public double OnOrder { get; internal set; }

    /// <summary>Capacity ordered this tick, million CU.</summary>
    public double OrderedThisTick { get; internal set; }

    /// <summary>Accelerators delivered and paid (by other-chip-buyers) this tick, USD billion.</summary>
    public double ChipCapex { get; private set; }

    /// <summary>Clears the tick's tallies.</summary>
    internal void BeginTick()
    {
        ChipCapex = 0;
        OrderedThisTick = 0;
    }

    /// <summary>
    /// Retires vintages due at <paramref name="tick"/>; returns the capacity retiring within <paramref name="horizon"/>
    /// months and the capacity retiring in the month after it.
    /// </summary>
    internal (double Within, double Next) Retire(int tick, int horizon)
    {
        _fleet.RemoveAll(v => v.RetiresAt <= tick);
        Capacity = 0;
        double within = 0, next = 0;
        foreach (var v in _fleet)
        {
            Capacity += v.Capacity;
            within += v.RetiresAt <= tick + horizon ? v.Capacity : 0;
            next += v.RetiresAt == tick + horizon + 1 ? v.Capacity : 0;
        }

        return (within, next);
    }

    /// <summary>Sets this tick's demand from the clouds' demand.</summary>
    internal void SetDemand(double cloudDemand) => Demand = DemandShare * cloudDemand;

    /// <summary>A vendor shipped units (already billed to other-chip-buyers by the vendor): the fleet grows.</summary>
    internal void Receive(Vendor vendor, double units, double computePerUnit, double unitPrice, int tick)
    {
        ChipCapex += units * unitPrice;
        var capacity = units * computePerUnit / 1000;
        OnOrder = Math.Max(0, OnOrder - capacity);
        _fleet.Add(new Vintage(capacity, unitPrice * 1000 / computePerUnit, tick + Parameters.Life, vendor.FirmId));
        Capacity += capacity;
    }
}
