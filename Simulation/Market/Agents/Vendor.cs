using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

/// <summary>
/// An accelerator vendor (docs/model.md, Vendors): ships orders within its monthly supply (the rest waits in
/// a backlog, alliance partners first), bills the buyer at the unit price, pays unit costs, moves its price
/// with the backlog and raises CU per unit every generation.
/// </summary>
public sealed class Vendor : Firm
{
    private readonly OrderBook _backlog = new();
    private double _capacity;
    private bool _soldOut;
    private double _idleShare;
    private SupplyParameters? _supply;
    private double _smoothedOrders;
    private int _deliveryLag;

    internal Vendor(FirmServices services, VendorParameters parameters, int index)
        : base(services, parameters.Id, parameters.Name, FirmKind.Vendor, parameters.Shares)
    {
        Parameters = parameters;
        Index = index;
        Price = parameters.Price;
        UnitCost = parameters.UnitCost;
        ComputePerUnit = parameters.ComputePerUnit;
        _capacity = parameters.Supply;
    }

    /// <summary>The vendor's scenario parameters.</summary>
    public VendorParameters Parameters { get; }

    /// <inheritdoc />
    internal override double StartingCash => Parameters.Cash;

    /// <summary>Position among the market's vendors.</summary>
    public int Index { get; }

    /// <summary>Price per thousand units, USD billion.</summary>
    public double Price { get; private set; }

    /// <summary>Cost per thousand units of the current generation, USD billion.</summary>
    public double UnitCost { get; private set; }

    /// <summary>CU per unit of the current generation.</summary>
    public double ComputePerUnit { get; private set; }

    /// <summary>The cloud whose own-chip programme this vendor serves, if any.</summary>
    public Cloud? Owner { get; internal set; }

    /// <summary>Supply multiplier from supply shocks.</summary>
    public double SupplyFactor { get; internal set; } = 1;

    /// <summary>Units it can ship this tick, thousand.</summary>
    public double Supply { get; private set; }

    /// <summary>Units shipped this tick, thousand.</summary>
    public double Shipped { get; private set; }

    /// <summary>Units ordered and not shipped, thousand, including orders not yet due.</summary>
    public double Backlog => _backlog.Units;

    /// <summary>Units due and not shipped after this tick's shipments, thousand: the backlog that presses on price and capacity.</summary>
    public double OverdueBacklog { get; private set; }

    /// <summary>Orders not shipped, at the prices they were placed at, USD billion (the v2 value law's backlog, docs/model.md (9.7)).</summary>
    public double BacklogValue => _backlog.Value;

    /// <summary>Chip revenue from clouds in the model this tick.</summary>
    public double CloudRevenue { get; private set; }

    /// <summary>Chip revenue from outside fleets this tick (paid by other-chip-buyers).</summary>
    public double FleetRevenue { get; private set; }

    /// <summary>Units ordered this tick (clouds, fleets and v1 other demand), thousand.</summary>
    public double OrderedUnits { get; private set; }

    /// <summary>The capacity pipeline, when the vendor capacity rule is <see cref="VendorCapacityRule.Pipeline"/>.</summary>
    public SupplyPipeline? Pipeline { get; private set; }

    /// <summary>Production capacity before supply shocks, thousand units per month (S_v).</summary>
    public double ProductionCapacity => _capacity;

    /// <summary>Clears the tick's tallies.</summary>
    internal void BeginVendorTick()
    {
        Shipped = 0;
        CloudRevenue = 0;
        FleetRevenue = 0;
        OrderedUnits = 0;
    }

    /// <summary>How a sold-out vendor shares its supply among due orders (docs/model.md (7.3)).</summary>
    public ShortageRule ShortageRule { get; internal set; }

    /// <summary>Switches on the capacity pipeline (docs/model.md (7.7)-(7.10)).</summary>
    internal void UsePipeline(SupplyParameters supply)
    {
        _supply = supply;
        Pipeline = new SupplyPipeline(supply.VendorLeadTime);
        _deliveryLag = supply.DeliveryLag;

        // Capacity grew at supply_growth before tick 0, so the expansions ordered in the last L_v months are still
        // arriving: the pipeline does not start empty (docs/model.md (I.3)).
        var g = Parameters.SupplyGrowth;
        var seeds = new double[supply.VendorLeadTime - 1];
        for (var k = 1; k <= seeds.Length; k++)
        {
            seeds[k - 1] = Math.Max(0, Parameters.Supply * g * Math.Pow(1 + g, k - 1));
        }

        Pipeline.Seed(seeds);
        // Set at the first plan, when the market's growth outlook is known.
        _smoothedOrders = double.NaN;
    }

    /// <summary>
    /// An outside fleet orders <paramref name="units"/> thousand units at <paramref name="tick"/>, to ship from
    /// <paramref name="due"/>; an order placed before tick 0 (<paramref name="tick"/> negative) is not this tick's order.
    /// </summary>
    internal void Order(OutsideFleet buyer, double units, int tick, int due)
    {
        if (units > 0 && Alive)
        {
            _backlog.Add(new ChipOrder(null, units, tick, ComputePerUnit, Price, buyer, due));
            buyer.OnOrder += units * ComputePerUnit / 1000;
            OrderedUnits += tick >= 0 ? units : 0;
        }
    }

    /// <summary>
    /// A cloud orders <paramref name="units"/> thousand units at <paramref name="tick"/>, to ship from
    /// <paramref name="due"/>; an order placed before tick 0 (<paramref name="tick"/> negative) is not this tick's order.
    /// </summary>
    internal void Order(Cloud buyer, double units, int tick, int due)
    {
        if (units > 0 && Alive)
        {
            _backlog.Add(new ChipOrder(buyer, units, tick, ComputePerUnit, Price, null, due));
            buyer.OnOrder += units * ComputePerUnit / 1000;
            buyer.OpenOrderValue += units * Price * (1 + buyer.Parameters.FacilityCostRatio);
            OrderedUnits += tick >= 0 ? units : 0;
        }
    }

    /// <summary>
    /// Vendors stage: ships within supply (orders of clouds flagged in <paramref name="prioritySupply"/>,
    /// by cloud index, first), bills, pays unit costs, updates price and generation.
    /// </summary>
    internal void Ship(int tick, ReadOnlySpan<bool> prioritySupply, double growthOutlook)
    {
        if (!Alive)
        {
            Supply = 0;
            return;
        }

        var p = Parameters;
        if (p.OtherDemand > 0)
        {
            var other = p.OtherDemand * Math.Pow(1 + p.OtherDemandGrowth, tick);
            _backlog.Add(new ChipOrder(null, other, tick, ComputePerUnit, Price, null, tick));
            OrderedUnits += other;
        }

        // Production capacity expands at supply_growth a month while orders wait (a vendor books more
        // foundry and packaging capacity when it is sold out) and gives capacity back at the same rate,
        // scaled by the idle share, in a glut.
        // docs/model.md (7.2)
        if (Pipeline is not null && _supply is not null)
        {
            // docs/model.md (7.10)
            var arrived = Pipeline.Arrive(tick);
            if (tick > 0)
            {
                _capacity = (_capacity * (1 - (_supply.CapacityDecay * _idleShare))) + arrived;
            }
        }
        else if (tick > 0 && _soldOut)
        {
            _capacity *= 1 + p.SupplyGrowth;
        }
        else if (tick > 0)
        {
            _capacity *= 1 - (p.SupplyGrowth * _idleShare);
        }

        Supply = _capacity * SupplyFactor;
        // Alliance partners' orders first, then everyone else.
        // docs/model.md (7.3)
        var priority = prioritySupply.ToArray();
        Shipped = _backlog.Ship(
            tick,
            Supply,
            ShortageRule,
            o => o.Buyer is not null && priority[o.Buyer.Index],
            (order, units) => Deliver(order.Buyer, units, order.ComputePerUnit, order.Price, tick, order.Fleet));
        OverdueBacklog = _backlog.Overdue(tick);

        // docs/model.md (7.4)
        var unitCost = Shipped * UnitCost;
        Ledger.Transfer(Account, Outside.Outside, unitCost, FlowKind.UnitCost);
        Spend(unitCost);
        Ledger.Transfer(Account, Outside.Outside, p.Opex, FlowKind.Opex);
        Spend(p.Opex);

        // Price rises with the backlog and falls with idle supply, never below unit cost. Orders not yet due
        // are booked business, not a queue, so only overdue units press on the price.
        // docs/model.md (7.5)
        var backlogRatio = Supply > 0 ? OverdueBacklog / Supply : 0;
        if (backlogRatio > 0)
        {
            Price *= 1 + (p.PriceAdjustment * Math.Min(1, backlogRatio));
        }
        else if (Supply > 0)
        {
            Price *= 1 - (p.PriceAdjustment * (1 - (Shipped / Supply)));
        }

        Price = Math.Max(UnitCost, Price);
        _soldOut = OverdueBacklog > 0;
        _idleShare = Supply > 0 ? 1 - (Shipped / Supply) : 0;
        // docs/model.md (7.6)
        if (p.GenerationMonths > 0 && tick > 0 && tick % p.GenerationMonths == 0)
        {
            ComputePerUnit *= p.GenerationGain;
            Price *= p.GenerationPriceGain;

            // A new generation costs more to make in the same proportion (larger dies, more memory).
            UnitCost *= p.GenerationPriceGain;
        }

        if (Pipeline is not null && _supply is not null)
        {
            PlanCapacity(tick, growthOutlook, _supply);
        }
    }

    /// <summary>A defaulted vendor's backlog is cancelled (docs/model.md 3.3.16): its buyers no longer wait for it.</summary>
    internal void CancelBacklog()
    {
        foreach (var order in _backlog.Orders)
        {
            Unbook(order);
        }

        _backlog.Clear();
    }

    /// <summary>A defaulted cloud's orders leave the backlog.</summary>
    internal void CancelOrders(Cloud buyer) => _backlog.RemoveAll(o => o.Buyer == buyer);

    private static void Unbook(ChipOrder order)
    {
        var capacity = order.Units * order.ComputePerUnit / 1000;
        if (order.Buyer is { } cloud)
        {
            cloud.OnOrder = Math.Max(0, cloud.OnOrder - capacity);
            cloud.OpenOrderValue = Math.Max(0, cloud.OpenOrderValue - (order.Units * order.Price * (1 + cloud.Parameters.FacilityCostRatio)));
        }
        else if (order.Fleet is { } fleet)
        {
            fleet.OnOrder = Math.Max(0, fleet.OnOrder - capacity);
        }
    }

    // docs/model.md (7.7)-(7.9): smoothed orders grown over the lead time plus the backlog to clear set the
    // capacity target; the gap to capacity plus the pipeline is ordered over T_v and arrives L_v later. Orders
    // placed now ship L_d later, so they are grown (or, when L_d > L_v, shrunk) over L_v - L_d only.
    private void PlanCapacity(int tick, double growthOutlook, SupplyParameters supply)
    {
        var a = supply.OrderSmoothing;
        if (double.IsNaN(_smoothedOrders))
        {
            // The vendor was shipping what it was asked for, and its bookings ran L_d months ahead of its shipments.
            _smoothedOrders = Parameters.Supply * Math.Pow(1 + growthOutlook, _deliveryLag);
        }

        // docs/model.md (7.7)
        _smoothedOrders = (a * OrderedUnits) + ((1 - a) * _smoothedOrders);
        // docs/model.md (7.8)
        var target = (_smoothedOrders * Math.Pow(1 + growthOutlook, supply.VendorLeadTime - _deliveryLag)) + (OverdueBacklog / supply.BacklogClearanceTime);
        // docs/model.md (7.9)
        var expansion = Math.Max(0, (target - _capacity - Pipeline!.InFlight) / supply.VendorAdjustmentTime);
        Pipeline.Order(tick, expansion);
    }

    private void Deliver(Cloud? buyer, double units, double computePerUnit, double price, int tick, OutsideFleet? fleet)
    {
        var amount = units * price;
        if (buyer is null)
        {
            Ledger.Transfer(Outside.OtherBuyers, Account, amount, FlowKind.OtherChipSales);
            if (fleet is not null)
            {
                fleet.Receive(this, units, computePerUnit, price, tick);
                FleetRevenue += amount;
            }
        }
        else
        {
            buyer.Receive(this, units, computePerUnit, price, tick);
            CloudRevenue += amount;
        }

        Earn(amount);
    }
}
