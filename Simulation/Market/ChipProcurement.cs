using MarketSim.Engine;
using MarketSim.Market.Agents;

namespace MarketSim.Market;

/// <summary>
/// How a cloud's new capacity is split among vendors (docs/model.md 3.3.6): its own chips first, then
/// a logit on CU per dollar and vendor lock-in, the lock-in weakened by horizontal alliances' portability.
/// </summary>
public sealed class ChipProcurement
{
    private readonly AgentSet<Vendor> _vendors;
    private readonly AllianceBook _alliances;

    internal ChipProcurement(AgentSet<Vendor> vendors, AllianceBook alliances)
    {
        _vendors = vendors;
        _alliances = alliances;
    }

    /// <summary>
    /// Orders <paramref name="capacity"/> million CU for <paramref name="cloud"/> at the mix of tick <paramref name="tick"/>,
    /// to ship from <paramref name="due"/> (nothing unless it is positive); <paramref name="placed"/> is the month of the
    /// order when it is not <paramref name="tick"/> (the supply line a cloud had at tick 0).
    /// </summary>
    internal void PlaceOrders(Cloud cloud, double capacity, int tick, int due, int? placed = null)
    {
        if (!(capacity > 0))
        {
            return;
        }

        var p = cloud.Parameters;
        var merchant = capacity;
        if (p.OwnChip is { } own && VendorById(own.Vendor).Alive)
        {
            var vendor = VendorById(own.Vendor);
            var mine = capacity * own.Share;
            vendor.Order(cloud, mine * 1000 / vendor.ComputePerUnit, placed ?? tick, due);
            merchant -= mine;
        }

        Span<double> weights = stackalloc double[_vendors.Count];
        var total = MerchantWeights(cloud, tick, weights);
        var vendors = _vendors;
        for (var v = 0; v < weights.Length && total > 0; v++)
        {
            if (weights[v] > 0)
            {
                var vendor = vendors[v];
                vendor.Order(cloud, merchant * weights[v] / total * 1000 / vendor.ComputePerUnit, placed ?? tick, due);
            }
        }
    }

    /// <summary>
    /// q_new: the all-in cost (chips and facilities) of a new CU for <paramref name="cloud"/> at the mix it would order
    /// now, USD billion per million CU (docs/model.md (6.13)).
    /// </summary>
    internal double NewCapacityCost(Cloud cloud, int tick)
    {
        var p = cloud.Parameters;
        var ownShare = 0.0;
        var cost = 0.0;
        if (p.OwnChip is { } own && VendorById(own.Vendor).Alive)
        {
            var vendor = VendorById(own.Vendor);
            ownShare = own.Share;
            cost += ownShare * vendor.Price * 1000 / vendor.ComputePerUnit;
        }

        Span<double> weights = stackalloc double[_vendors.Count];
        var total = MerchantWeights(cloud, tick, weights);
        for (var v = 0; v < weights.Length && total > 0; v++)
        {
            if (weights[v] > 0)
            {
                var vendor = _vendors[v];
                cost += (1 - ownShare) * weights[v] / total * vendor.Price * 1000 / vendor.ComputePerUnit;
            }
        }

        // docs/model.md (6.13)
        return cost * (1 + p.FacilityCostRatio);
    }

    /// <summary>
    /// Orders <paramref name="capacity"/> million CU for an outside fleet at <paramref name="placed"/>, to ship from
    /// <paramref name="due"/>, split among vendors by its fixed shares (docs/model.md (7.11)).
    /// </summary>
    internal void PlaceOrders(OutsideFleet fleet, double capacity, int placed, int due)
    {
        foreach (var vendor in _vendors)
        {
            if (fleet.Parameters.VendorShares.TryGetValue(vendor.FirmId, out var share) && share > 0)
            {
                vendor.Order(fleet, capacity * share * 1000 / vendor.ComputePerUnit, placed, due);
            }
        }
    }

    // The procurement logit's unnormalised weights over merchant vendors (own-chip vendors get 0); returns their sum.
    private double MerchantWeights(Cloud cloud, int tick, Span<double> weights)
    {
        var p = cloud.Parameters;
        var portability = _alliances.Portability(cloud, tick);
        var vendors = _vendors;
        var best = double.NegativeInfinity;
        for (var v = 0; v < vendors.Count; v++)
        {
            var vendor = vendors[v];
            if (vendor.Owner is not null || !vendor.Alive)
            {
                weights[v] = double.NegativeInfinity;
                continue;
            }

            var lockIn = p.VendorLockIn.TryGetValue(vendor.FirmId, out var l) ? l : 0;
            // docs/model.md (6.11)
            weights[v] = (p.ProcurementSensitivity * Math.Log(vendor.ComputePerUnit / vendor.Price)) + (lockIn * (1 - portability));
            best = Math.Max(best, weights[v]);
        }

        var total = 0.0;
        for (var v = 0; v < weights.Length; v++)
        {
            weights[v] = double.IsNegativeInfinity(weights[v]) ? 0 : Math.Exp(weights[v] - best);
            total += weights[v];
        }

        return total;
    }

    private Vendor VendorById(string id) => _vendors.First(v => v.FirmId == id);
}
