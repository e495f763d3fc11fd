using MarketSim.Market;

namespace MarketSim.Experiments.Bridges;

/// <summary>
/// The quantities of a market's state in the month just stepped, in a fixed order: each lab's, cloud's and vendor's
/// flows and stocks (a vendor's cloud_share: the clouds' part of its month's sales, the rest going to the outside
/// fleets), the outside fleets' capacity and the market's totals. Flows are the month's (USD billion a month);
/// a firm that has failed reads as it is recorded (no revenue, no compute).
/// </summary>
public static class StateSnapshot
{
    private const string Usd = "usd_bn_per_month";

    /// <summary>The state of <paramref name="market"/> after its last step.</summary>
    public static IReadOnlyList<(StateQuantity Quantity, double Value)> Of(MarketModel market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var values = new List<(StateQuantity, double)>();
        void Add(string kind, string id, string measure, string unit, double value) => values.Add((new StateQuantity(kind, id, measure, unit), value));

        foreach (var lab in market.Labs)
        {
            Add("lab", lab.FirmId, "revenue", Usd, lab.Revenue);
            Add("lab", lab.FirmId, "compute_spend", Usd, lab.ComputeSpend);
            Add("lab", lab.FirmId, "cash", "usd_bn", lab.Cash);
            Add("lab", lab.FirmId, "capability", "index", lab.Capability);
            Add("lab", lab.FirmId, "customer_share", "fraction", lab.CustomerShare);
        }

        foreach (var cloud in market.Clouds)
        {
            Add("cloud", cloud.FirmId, "capacity", "million_cu", cloud.Capacity);
            Add("cloud", cloud.FirmId, "utilisation", "fraction", cloud.Utilisation);
            Add("cloud", cloud.FirmId, "price", "usd_k_per_cu_month", cloud.Price);
            Add("cloud", cloud.FirmId, "revenue", Usd, cloud.Revenue);
            Add("cloud", cloud.FirmId, "lab_compute_revenue", Usd, cloud.LabRevenue);
            Add("cloud", cloud.FirmId, "captive_revenue", Usd, cloud.CaptiveRevenue);
            Add("cloud", cloud.FirmId, "captive_compute", "million_cu", cloud.CaptiveServed);
            Add("cloud", cloud.FirmId, "other_ai_revenue", Usd, cloud.OtherAiRevenue);
            Add("cloud", cloud.FirmId, "capex", Usd, cloud.Capex);
        }

        foreach (var vendor in market.Vendors)
        {
            Add("vendor", vendor.FirmId, "revenue", Usd, vendor.Revenue);
            Add("vendor", vendor.FirmId, "price", "usd_bn_per_k_units", vendor.Price);
            Add("vendor", vendor.FirmId, "supply", "k_units_per_month", vendor.Supply);
            // MODEL.md 8.4.6 has the five clouds take about half of NVIDIA's shipments; the outside fleets buy the rest.
            var sales = vendor.CloudRevenue + vendor.FleetRevenue;
            Add("vendor", vendor.FirmId, "cloud_share", "fraction", sales > 0 ? vendor.CloudRevenue / sales : 0);
        }

        foreach (var fleet in market.SupplySide.Fleets)
        {
            Add("fleet", fleet.Id, "capacity", "million_cu", fleet.Capacity);
        }

        var totals = market.Totals;
        Add("market", "market", "adopted_customers", "customers", totals.AdoptedCustomers);
        Add("market", "market", "customer_spend", Usd, totals.CustomerSpend);
        Add("market", "market", "lab_revenue", Usd, totals.LabRevenue);
        Add("market", "market", "lab_compute_spend", Usd, totals.LabComputeSpend);
        Add("market", "market", "captive_revenue", Usd, totals.CaptiveRevenue);
        Add("market", "market", "other_ai_revenue", Usd, totals.OtherAiRevenue);
        Add("market", "market", "cloud_revenue", Usd, totals.CloudRevenue);
        Add("market", "market", "vendor_revenue", Usd, totals.VendorRevenue);
        Add("market", "market", "ai_capex", Usd, totals.AiCapex);
        return values;
    }
}
