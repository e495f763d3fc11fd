namespace MarketSim.Market;

/// <summary>
/// The accounting identities of docs/model.md section 3.3.14, checked after a tick. Each violation names the
/// broken identity and both sides.
/// </summary>
public static partial class InvariantChecker
{
    /// <summary>Relative tolerance for floating-point sums.</summary>
    public const double Tolerance = 1e-9;

    /// <summary>The identities that do not hold after the last tick (empty when all hold).</summary>
    public static IReadOnlyList<string> Check(MarketModel market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var broken = new List<string>();
        var ledger = market.Ledger;
        var t = market.Totals;

        var scale = 1.0;
        foreach (var account in ledger.Accounts)
        {
            scale += Math.Abs(account.Total);
        }

        var total = 0.0;
        foreach (var account in ledger.Accounts)
        {
            total += account.Total;
            Same(broken, $"origin split of {account.Id} sums to its balance", account.Balance, account.Total, 1 + Math.Abs(account.Total));
        }

        Same(broken, "money is conserved (all balances, inside and outside, sum to zero)", total, 0, scale);
        Same(broken, "customer spend equals lab revenue plus hosting revenue plus other-ai compute",
            ledger.KindTotal(Money.FlowKind.CustomerPayment) + ledger.KindTotal(Money.FlowKind.Hosting), t.LabRevenue + t.HostingRevenue + t.OtherAiRevenue, 1 + t.CustomerSpend);
        Same(broken, "lab compute spend equals cloud compute revenue", t.LabComputeSpend, t.CloudComputeRevenue, 1 + t.LabComputeSpend);
        Same(broken, "lab compute spend equals the ledger's compute payments", t.LabComputeSpend, ledger.KindTotal(Money.FlowKind.Compute), 1 + t.LabComputeSpend);
        Same(broken, "cloud chip capex equals vendor revenue from clouds (no orders are paid in advance)", t.ChipCapex, t.VendorCloudRevenue, 1 + t.ChipCapex);
        Same(broken, "cloud chip capex equals the ledger's chip payments", t.ChipCapex, ledger.KindTotal(Money.FlowKind.Chips), 1 + t.ChipCapex);

        CheckSupply(market, broken);
        CheckFinance(market, broken);

        var shares = 0.0;
        var demandShares = 0.0;
        foreach (var lab in market.Labs)
        {
            shares += lab.CustomerShare;
            demandShares += lab.DemandShare;
            if (lab.CustomerShare < 0 || lab.CustomerShare > 1 + Tolerance || lab.DemandShare < 0 || lab.DemandShare > 1 + Tolerance)
            {
                broken.Add($"lab shares of {lab.FirmId} lie in [0, 1]: market share {lab.CustomerShare}, demand share {lab.DemandShare}");
            }
        }

        if (market.Customers.Adopted > 0)
        {
            Same(broken, "market shares sum to 1 over adopters", shares, 1, 1);
        }

        if (t.DemandWU > 0)
        {
            Same(broken, "demand shares sum to 1", demandShares, 1, 1);
        }

        // docs/model.md (10.1a): customers are served at most what they ask for.
        if (t.CustomerSpend > (t.DemandedSpend * (1 + Tolerance)) + Tolerance)
        {
            broken.Add($"end-customer spend served is at most the spend asked for: served {t.CustomerSpend}, asked {t.DemandedSpend}");
        }

        foreach (var cloud in market.Clouds)
        {
            if (cloud.Capacity < 0 || cloud.OnOrder < 0 || cloud.ServedCompute > cloud.ServingCapacity * (1 + Tolerance) + Tolerance)
            {
                broken.Add($"capacity of {cloud.FirmId} is non-negative and covers what it served: capacity {cloud.ServingCapacity}, on order {cloud.OnOrder}, served {cloud.ServedCompute}");
            }
        }

        foreach (var vendor in market.Vendors)
        {
            if (vendor.Supply < 0 || vendor.Backlog < 0 || vendor.Shipped > vendor.Supply * (1 + Tolerance) + Tolerance)
            {
                broken.Add($"supply of {vendor.FirmId} is non-negative and covers what it shipped: supply {vendor.Supply}, backlog {vendor.Backlog}, shipped {vendor.Shipped}");
            }
        }

        if (market.Parameters.Market.Knowledge is not null)
        {
            CheckKnowledge(market, broken);
        }

        if (market.Parameters.Market.Allocation is not null)
        {
            CheckAllocation(market, broken);
        }

        if (market.Workloads is { } workloads)
        {
            CheckWorkloads(market, workloads, broken);
        }

        foreach (var firm in market.Firms())
        {
            if (!double.IsFinite(firm.Revenue) || !double.IsFinite(firm.Costs) || !double.IsFinite(firm.Valuation) || firm.Valuation < 0)
            {
                broken.Add($"{firm.FirmId} has finite revenue, costs and a non-negative valuation: {firm.Revenue}, {firm.Costs}, {firm.Valuation}");
            }
        }

        return broken;
    }

    // v2 capability (docs/model.md 3.3.14): Bk >= 0; K_open <= min(F(t - lag), F(t)).
    private static void CheckKnowledge(MarketModel market, List<string> broken)
    {
        var tick = market.Steps - 1;
        var cap = Math.Min(market.Frontier.At(tick - market.Parameters.Market.OpenWeightsLag), market.Frontier.At(tick));
        foreach (var lab in market.Labs)
        {
            if (!(lab.KnowledgeStock >= 0))
            {
                broken.Add($"knowledge stock of {lab.FirmId} is non-negative: {lab.KnowledgeStock}");
            }

            if (lab.OpenWeights && lab.Alive && cap > 0 && lab.Capability > cap * (1 + Tolerance))
            {
                broken.Add($"open-weights {lab.FirmId} stays at or below min(F(t - lag), F(t)): {lab.Capability} vs {cap}");
            }
        }
    }

    // MODEL.md 8.6 items 1 and 5 for v2 workloads (docs/model.md 3.3.14): captive revenue is what the parent paid, at the
    // transfer price; other-ai revenue is what the other-ai account paid, at list; no background is billed.
    private static void CheckWorkloads(MarketModel market, CloudWorkloads workloads, List<string> broken)
    {
        var ledger = market.Ledger;
        var captive = 0.0;
        var otherAi = 0.0;
        foreach (var cloud in market.Clouds)
        {
            var c = cloud.Index;
            captive += cloud.CaptiveRevenue;
            otherAi += cloud.OtherAiRevenue;
            var scale = 1 + cloud.CaptiveRevenue;
            Same(broken, $"captive revenue of {cloud.FirmId} equals parent:{cloud.FirmId}'s outflows", cloud.CaptiveRevenue, workloads.ParentOutflow(c), scale);
            Same(broken, $"captive revenue of {cloud.FirmId} equals captive CU served times the transfer price", cloud.CaptiveRevenue, cloud.CaptiveServed * workloads.TransferPrice(c), scale);
            Same(broken, $"captive revenue of {cloud.FirmId} arrives with origin parent:{cloud.FirmId}", cloud.CaptiveRevenue, cloud.Account.ReceivedThisTick(ledger.Origin("parent:" + cloud.FirmId)), scale);
            if (cloud.CaptiveServed > workloads.CaptiveRequested(c) * (1 + Tolerance) + Tolerance)
            {
                broken.Add($"captive compute served at {cloud.FirmId} is at most what was requested: {cloud.CaptiveServed} vs {workloads.CaptiveRequested(c)}");
            }
        }

        Same(broken, "captive revenue equals the ledger's internal_compute payments", captive, ledger.KindTotal(Money.FlowKind.InternalCompute), 1 + captive);
        Same(broken, "other-ai revenue equals the other-ai account's outflows", otherAi, workloads.OtherAiOutflow, 1 + otherAi);
        Same(broken, "no background compute is billed under v2 workloads", ledger.KindTotal(Money.FlowKind.BackgroundCompute), 0, 1);
    }

    // v2 allocation: each living lab's shares lie in [0, 1] and sum to 1 over the clouds it buys from.
    private static void CheckAllocation(MarketModel market, List<string> broken)
    {
        foreach (var lab in market.Labs)
        {
            var sum = 0.0;
            for (var c = 0; c < market.Clouds.Count; c++)
            {
                var a = lab.CurrentAllocation(c);
                sum += a;
                if (a < -Tolerance || a > 1 + Tolerance)
                {
                    broken.Add($"allocation of {lab.FirmId} to cloud {c} lies in [0, 1]: {a}");
                }
            }

            if (market.Clouds.Any(c => c.Alive))
            {
                Same(broken, $"allocation of {lab.FirmId} sums to 1", sum, 1, 1);
            }
            else
            {
                Same(broken, $"allocation of {lab.FirmId} is 0 when every cloud has defaulted", sum, 0, 1);
            }
        }
    }

    // MODEL.md 8.6 items 6 and 7, the supply half (docs/model.md 3.3.14).
    private static void CheckSupply(MarketModel market, List<string> broken)
    {
        var fleetCapex = market.SupplySide.FleetChipCapex;
        var vendorCloud = 0.0;
        var vendorFleet = 0.0;
        foreach (var vendor in market.Vendors)
        {
            vendorCloud += vendor.CloudRevenue;
            vendorFleet += vendor.FleetRevenue;
            if (vendor.ProductionCapacity < 0)
            {
                broken.Add($"production capacity of {vendor.FirmId} is non-negative: {vendor.ProductionCapacity}");
            }

            if (vendor.Pipeline is { } pipe)
            {
                if (pipe.InFlight < -Tolerance)
                {
                    broken.Add($"supply pipeline of {vendor.FirmId} is non-negative: {pipe.InFlight}");
                }

                var last = pipe.Arrived.Count - 1;
                if (last >= 0)
                {
                    var source = last - pipe.LeadTime;
                    var ordered = source >= 0 ? (source < pipe.Ordered.Count ? pipe.Ordered[source] : 0) : (last < pipe.Seeded.Count ? pipe.Seeded[last] : 0);
                    Same(broken, $"supply arriving at {vendor.FirmId} equals the expansion ordered L_v = {pipe.LeadTime} months earlier", pipe.Arrived[last], ordered, 1 + ordered);
                }
            }
        }

        Same(broken, "chip capex of clouds and outside fleets equals vendor revenue from them", market.Totals.ChipCapex + fleetCapex, vendorCloud + vendorFleet, 1 + vendorCloud + vendorFleet);
        Same(broken, "outside fleets' chip capex equals vendor revenue from outside fleets", fleetCapex, vendorFleet, 1 + vendorFleet);
        foreach (var cloud in market.Clouds)
        {
            if (cloud.Pricing is not null && cloud.Price < cloud.Parameters.OperatingCostPerCU * (1 - Tolerance))
            {
                broken.Add($"price of {cloud.FirmId} is at least its cash operating cost: {cloud.Price} vs {cloud.Parameters.OperatingCostPerCU}");
            }
        }

        foreach (var fleet in market.SupplySide.Fleets)
        {
            if (fleet.Capacity < 0 || fleet.OnOrder < 0)
            {
                broken.Add($"outside fleet {fleet.Id} has non-negative capacity and orders: {fleet.Capacity}, {fleet.OnOrder}");
            }
        }
    }

    private static void Same(List<string> broken, string identity, double left, double right, double scale)
    {
        if (!(Math.Abs(left - right) <= Tolerance * scale))
        {
            broken.Add($"{identity}: {left.ToString("R", System.Globalization.CultureInfo.InvariantCulture)} vs {right.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }
}
