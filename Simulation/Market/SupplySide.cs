using MarketSim.Engine;
using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>
/// The v2 supply side (docs/model.md 3.3.6-3.3.7a): switches the clouds' and vendors' v2 rules on as the scenario's
/// <c>supply</c> section selects, answers what a cloud's price and capex rules read from the market (cost of a new
/// CU, contracted backlog, expected growth, credit line), and runs the outside fleets. Without a <c>supply</c>
/// section it does nothing and every rule is v1's.
/// </summary>
public sealed class SupplySide
{
    private readonly SupplyParameters? _supply;
    private readonly ComputeExchange _exchange;
    private readonly ChipProcurement _procurement;
    private readonly AgentSet<Cloud> _clouds;
    private readonly AgentSet<Vendor> _vendors;
    private readonly List<OutsideFleet> _fleets = [];
    private readonly HashSet<Lab> _contractedLabs = [];
    private readonly FinanceDesk? _finance;

    internal SupplySide(SupplyParameters? supply, ComputeExchange exchange, ChipProcurement procurement, AgentSet<Cloud> clouds, AgentSet<Vendor> vendors, FinanceDesk? finance = null)
    {
        _finance = finance;
        _supply = supply;
        _exchange = exchange;
        _procurement = procurement;
        _clouds = clouds;
        _vendors = vendors;
        if (supply is null)
        {
            return;
        }

        clouds.Do(cloud => cloud.UseSupply(supply));
        vendors.Do(vendor => vendor.ShortageRule = supply.ShortageRule);
        if (supply.VendorCapacityRule == VendorCapacityRule.Pipeline)
        {
            vendors.Do(vendor => vendor.UsePipeline(supply));
        }

        for (var f = 0; f < supply.OutsideFleets.Count; f++)
        {
            _fleets.Add(new OutsideFleet(supply.OutsideFleets[f], supply, f));
        }
    }

    /// <summary>The v2 supply parameters, or null (v1).</summary>
    public SupplyParameters? Parameters => _supply;

    /// <summary>Outside fleets, in scenario order.</summary>
    public IReadOnlyList<OutsideFleet> Fleets => _fleets;

    /// <summary>Chips delivered to outside fleets this tick, USD billion.</summary>
    public double FleetChipCapex
    {
        get
        {
            var total = 0.0;
            foreach (var fleet in _fleets)
            {
                total += fleet.ChipCapex;
            }

            return total;
        }
    }

    /// <summary>L_d in force: months from a capex order to its delivery (0 under v1 and the forecast rule).</summary>
    public int DeliveryLag => _supply?.DeliveryLag ?? 0;

    /// <summary>
    /// Cloud-invest stage for <paramref name="cloud"/>: at tick 0 it first books the supply line it already had, then it
    /// prices, plans and orders capacity for delivery L_d months ahead.
    /// </summary>
    internal void InvestCloud(Cloud cloud, int tick, SentimentModel sentiment, double optimism)
    {
        if (tick == 0 && DeliveryLag > 0 && cloud.Alive)
        {
            var p = cloud.Parameters;
            for (var month = 0; month < DeliveryLag; month++)
            {
                var capacity = TickZeroFleet.Installation(p.Capacity, p.Life, p.FleetGrowth, month, p.Installations);
                _procurement.PlaceOrders(cloud, capacity, tick, due: month, placed: month - DeliveryLag);
            }
        }

        _procurement.PlaceOrders(cloud, cloud.Invest(tick, optimism, Outlook(cloud, tick, sentiment)), tick, tick + DeliveryLag);
    }

    /// <summary>Clears the fleets' tallies.</summary>
    internal void BeginTick()
    {
        foreach (var fleet in _fleets)
        {
            fleet.BeginTick();
        }
    }

    /// <summary>G_exp S^x_cap: the market's expected growth as capex and vendor plans read it (0 under v1).</summary>
    internal double MarketGrowth(SentimentModel sentiment) =>
        _supply is null ? 0 : Math.Min(CapexPlanner.MaxPlannedGrowth, sentiment.ExpectedGrowth * Math.Pow(sentiment.Value, _supply.GrowthCapExponent));

    /// <summary>What <paramref name="cloud"/>'s v2 rules read this tick (default under v1).</summary>
    internal CloudOutlook Outlook(Cloud cloud, int tick, SentimentModel sentiment)
    {
        if (_supply is null)
        {
            return default;
        }

        var now = 0.0;
        var ahead = 0.0;
        var contractedLabDemand = 0.0;
        _contractedLabs.Clear();
        foreach (var contract in _exchange.Contracts)
        {
            if (contract.Cloud != cloud)
            {
                continue;
            }

            now += contract.ActiveAt(tick) ? contract.Monthly : 0;
            ahead += contract.ActiveAt(tick + _supply.PlanningHorizon) ? contract.Monthly : 0;

            // A lab whose compute here is contracted within the horizon is planned for by its contract, not also
            // extrapolated as free demand (docs/model.md (6.19a)).
            var inHorizon = contract.StartTick <= tick + _supply.PlanningHorizon && contract.ActiveAt(Math.Max(tick, contract.StartTick));
            if (inHorizon && _contractedLabs.Add(contract.Lab) && contract.Lab.TryGetRequest(cloud.Index, out var request))
            {
                contractedLabDemand += request;
            }
        }

        // With finance on, the fixed credit line gives way to 12 CFO3+ plus debt capacity (docs/model.md (16.7)).
        var credit = _finance is not null ? _finance.CreditLine(cloud, sentiment.Value, tick)
            : _supply.CreditLines.TryGetValue(cloud.FirmId, out var line) ? line : 0;
        // docs/model.md (6.18a): the order the tick-0 supply line reveals.
        double? next = tick == 0 && DeliveryLag > 0
            ? TickZeroFleet.Installation(cloud.Parameters.Capacity, cloud.Parameters.Life, cloud.Parameters.FleetGrowth, DeliveryLag, cloud.Parameters.Installations)
            : null;
        return new CloudOutlook(_procurement.NewCapacityCost(cloud, tick), now, ahead, MarketGrowth(sentiment), credit, contractedLabDemand, next);
    }

    /// <summary>
    /// Outside fleets retire, set demand to mu times the clouds' demand, and order under the backlog capex rule
    /// (docs/model.md (7.11)-(7.12)); fleets with a fixed mu go first, then those whose mu is solved at tick 0.
    /// </summary>
    internal void InvestFleets(int tick, SentimentModel sentiment)
    {
        if (_supply is null || _fleets.Count == 0)
        {
            return;
        }

        var cloudDemand = 0.0;
        foreach (var cloud in _clouds)
        {
            cloudDemand += cloud.Demand;
        }

        Span<double> cloudUnits = stackalloc double[_vendors.Count];
        for (var v = 0; v < _vendors.Count; v++)
        {
            cloudUnits[v] = _vendors[v].OrderedUnits;
        }

        var growth = MarketGrowth(sentiment);
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var fleet in _fleets)
            {
                if (fleet.Parameters.DemandShare is null == (pass == 0))
                {
                    continue;
                }

                var p = fleet.Parameters;
                var (retiring, retiringNext) = fleet.Retire(tick, _supply.PlanningHorizon);
                if (tick == 0)
                {
                    // The supply line the fleet already had (docs/model.md (I.2)).
                    for (var month = 0; month < DeliveryLag; month++)
                    {
                        _procurement.PlaceOrders(fleet, TickZeroFleet.Installation(p.Capacity, p.Life, p.FleetGrowth, month, p.Installations), month - DeliveryLag, month);
                    }
                }

                if (double.IsNaN(fleet.DemandShare))
                {
                    fleet.DemandShare = SolveDemandShare(fleet, tick, cloudDemand, cloudUnits, (retiring, retiringNext), growth);
                }

                fleet.SetDemand(cloudDemand);
                fleet.Planner.Observe(fleet.Demand, 0, p.ForecastSmoothing, growth);
                if (tick == 0 && DeliveryLag > 0)
                {
                    // docs/model.md (6.18a), as for a cloud: the tick-0 supply line is the plan the fleet made, so its
                    // first order continues the line.
                    var next = TickZeroFleet.Installation(p.Capacity, p.Life, p.FleetGrowth, DeliveryLag, p.Installations);
                    fleet.Planner.RevealGrowth(next, 0, fleet.Demand, p.TargetUtilisation, fleet.Capacity, retiring, retiringNext, fleet.OnOrder, growth);
                }

                var order = fleet.Planner.Order(0, fleet.Demand, p.TargetUtilisation, fleet.Capacity, retiring, retiringNext, fleet.OnOrder);
                fleet.OrderedThisTick = order;
                if (order > 0)
                {
                    _procurement.PlaceOrders(fleet, order, tick, tick + DeliveryLag);
                }
            }
        }
    }

    // docs/model.md (7.12): mu so that the clouds place cloud_share_target of share_vendor's tick-0 orders. With a
    // delivery lag tick-0 orders are for delivery L_p later and say nothing about shipments, and inverting the first
    // order for demand at a default growth gave the hindcast's sovereign fleet a demand 2.3 times its fleet; so mu
    // puts the fleet at its planned utilisation (7.12b) and the supply line reveals its growth instead (6.18a).
    private double SolveDemandShare(OutsideFleet fleet, int tick, double cloudDemand, ReadOnlySpan<double> cloudUnits, (double Within, double Next) retiring, double growth)
    {
        var p = fleet.Parameters;
        if (DeliveryLag > 0)
        {
            // docs/model.md (7.12b)
            return cloudDemand > 0 ? p.TargetUtilisation * fleet.Capacity / cloudDemand : 0;
        }

        if (cloudDemand <= 0 || FirstOrder(fleet, tick, cloudUnits) is not { } order)
        {
            return 0;
        }

        fleet.Planner.Expect(growth);
        var free = fleet.Planner.FreeDemandFor(order, p.TargetUtilisation, fleet.Capacity, retiring.Within, retiring.Next, fleet.OnOrder);
        return free / cloudDemand;
    }

    // The fleet's tick-0 order mu must produce, million CU, or null when the share target names no usable vendor.
    private double? FirstOrder(OutsideFleet fleet, int tick, ReadOnlySpan<double> cloudUnits)
    {
        var p = fleet.Parameters;
        var v = _vendors.FirstOrDefault(x => x.FirmId == p.ShareVendor);
        if (v is null || !p.VendorShares.TryGetValue(p.ShareVendor, out var share) || share <= 0)
        {
            return null;
        }

        var clouds = cloudUnits[v.Index];
        var others = v.OrderedUnits - clouds + (v.Parameters.OtherDemand * Math.Pow(1 + v.Parameters.OtherDemandGrowth, tick));
        var wanted = Math.Max(0, (clouds / p.CloudShareTarget) - clouds - others);
        return wanted * v.ComputePerUnit / 1000 / share;
    }
}
