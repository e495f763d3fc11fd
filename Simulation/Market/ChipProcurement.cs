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

    /// <summary>Orders <paramref name="capacity"/> million CU for <paramref name="cloud"/> at tick <paramref name="tick"/>.</summary>
    internal void PlaceOrders(Cloud cloud, double capacity, int tick)
    {
        var p = cloud.Parameters;
        var merchant = capacity;
        if (p.OwnChip is { } own)
        {
            var vendor = VendorById(own.Vendor);
            var mine = capacity * own.Share;
            vendor.Order(cloud, mine * 1000 / vendor.ComputePerUnit, tick);
            merchant -= mine;
        }

        var portability = _alliances.Portability(cloud, tick);
        var vendors = _vendors;
        Span<double> weights = stackalloc double[vendors.Count];
        var best = double.NegativeInfinity;
        for (var v = 0; v < vendors.Count; v++)
        {
            var vendor = vendors[v];
            if (vendor.Owner is not null)
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

        for (var v = 0; v < weights.Length && total > 0; v++)
        {
            if (weights[v] > 0)
            {
                var vendor = vendors[v];
                vendor.Order(cloud, merchant * weights[v] / total * 1000 / vendor.ComputePerUnit, tick);
            }
        }
    }

    private Vendor VendorById(string id) => _vendors.First(v => v.FirmId == id);
}
