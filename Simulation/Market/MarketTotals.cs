using MarketSim.Market.Agents;
using MarketSim.Market.Money;

namespace MarketSim.Market;

/// <summary>
/// The market's totals for one tick: what model.csv reports and the invariants compare. The totals
/// stage only reads firms and the ledger; it writes nothing but these totals.
/// </summary>
public sealed class MarketTotals
{
    /// <summary>Adopters at the end of the tick.</summary>
    public int AdoptedCustomers { get; private set; }

    /// <summary>WU demanded, million.</summary>
    public double DemandWU { get; private set; }

    /// <summary>WU served, million.</summary>
    public double ServedWU { get; private set; }

    /// <summary>End-customer spend on AI: lab revenue plus open-weights hosting plus other-ai compute (v2 workloads; 0 under v1).</summary>
    public double CustomerSpend => LabRevenue + HostingRevenue + OtherAiRevenue;

    /// <summary>
    /// End-customer spend asked for this tick, USD billion: each closed lab's demand at its price (0 once it has
    /// exited), plus the hosting and other-ai requests at list (docs/model.md (10.1a)). Equals
    /// <see cref="CustomerSpend"/> when nothing is rationed.
    /// </summary>
    public double DemandedSpend { get; private set; }

    /// <summary>Clouds' revenue from other AI customers at list (v2 workloads).</summary>
    public double OtherAiRevenue { get; private set; }

    /// <summary>Clouds' captive revenue at the transfer price, paid by their parents (v2 workloads); not customer spend.</summary>
    public double CaptiveRevenue { get; private set; }

    /// <summary>Labs' revenue from customers.</summary>
    public double LabRevenue { get; private set; }

    /// <summary>Clouds' revenue from hosting open-weights models for customers.</summary>
    public double HostingRevenue { get; private set; }

    /// <summary>Clouds' total AI revenue.</summary>
    public double CloudRevenue { get; private set; }

    /// <summary>Vendors' total revenue.</summary>
    public double VendorRevenue { get; private set; }

    /// <summary>Labs' compute spend (inference, training, take-or-pay).</summary>
    public double LabComputeSpend { get; private set; }

    /// <summary>Clouds' compute revenue from labs.</summary>
    public double CloudComputeRevenue { get; private set; }

    /// <summary>Clouds' accelerator spend.</summary>
    public double ChipCapex { get; private set; }

    /// <summary>Vendors' revenue from clouds in the model.</summary>
    public double VendorCloudRevenue { get; private set; }

    /// <summary>AI capex: accelerators plus data-centre costs.</summary>
    public double AiCapex { get; private set; }

    /// <summary>Share of end-customer spend that reached clouds as revenue this tick (the toll), by provenance.</summary>
    public double TollShare { get; private set; }

    /// <summary>Share of all firms' revenue that is their own or their allies' investment coming back.</summary>
    public double RoundTripShare { get; private set; }

    /// <summary>Herfindahl-Hirschman index of labs' market shares (shares of adopters, 0 to 1).</summary>
    public double Hhi { get; private set; }

    /// <summary>Labs still alive.</summary>
    public int LabsAlive { get; private set; }

    /// <summary>AI capex minus end-customer spend (the bubble gap).</summary>
    public double CapexRevenueGap => AiCapex - CustomerSpend;

    internal void Clear()
    {
        DemandWU = 0;
        ServedWU = 0;
        LabRevenue = 0;
        DemandedSpend = 0;
        HostingRevenue = 0;
        OtherAiRevenue = 0;
        CaptiveRevenue = 0;
        CloudRevenue = 0;
        VendorRevenue = 0;
        LabComputeSpend = 0;
        CloudComputeRevenue = 0;
        ChipCapex = 0;
        VendorCloudRevenue = 0;
        AiCapex = 0;
        TollShare = 0;
        RoundTripShare = 0;
        Hhi = 0;
        LabsAlive = 0;
    }

    internal void Compute(MarketModel market, CustomerMarket customers, ComputeExchange exchange)
    {
        var hostingServedWU = exchange.HostingServed;
        AdoptedCustomers = customers.Population.Adopted;
        DemandWU = customers.DemandWU;
        var customer = market.Ledger.Origin("customer");
        var tollIn = 0.0;
        DemandedSpend = exchange.CustomerRequestValue;
        foreach (var lab in market.Labs)
        {
            LabRevenue += lab.Revenue;
            DemandedSpend += lab.OpenWeights ? 0 : lab.Demand * lab.Price;
            LabComputeSpend += lab.ComputeSpend;
            ServedWU += lab.OpenWeights ? hostingServedWU[lab.Index] : lab.Served;
            Hhi += lab.CustomerShare * lab.CustomerShare;
            if (lab.Alive)
            {
                LabsAlive++;
            }
        }

        foreach (var cloud in market.Clouds)
        {
            HostingRevenue += cloud.HostingRevenue;
            OtherAiRevenue += cloud.OtherAiRevenue;
            CaptiveRevenue += cloud.CaptiveRevenue;
            CloudRevenue += cloud.Revenue;
            CloudComputeRevenue += cloud.LabRevenue;
            ChipCapex += cloud.ChipCapex;
            AiCapex += cloud.Capex;
            tollIn += cloud.Account.ReceivedThisTick(customer);
        }

        foreach (var vendor in market.Vendors)
        {
            VendorRevenue += vendor.Revenue;
            VendorCloudRevenue += vendor.CloudRevenue;
        }

        // docs/model.md (8.2)
        TollShare = CustomerSpend > 0 ? tollIn / CustomerSpend : 0;

        var roundTrip = 0.0;
        var revenue = 0.0;
        foreach (var firm in market.Firms())
        {
            roundTrip += firm.RoundTripRevenue;
            revenue += firm.Revenue;
        }

        RoundTripShare = revenue > 0 ? roundTrip / revenue : 0;
    }

    /// <summary>The round-trip stage: each firm's revenue this tick that is its own or its allies' money coming back, and its share.</summary>
    internal static void MeasureRoundTrips(MarketModel market)
    {
        foreach (var firm in market.Firms())
        {
            var own = RoundTripRevenue(market, firm);
            firm.RoundTripRevenue = own;
            // docs/model.md (8.1)
            firm.RoundTripShare = firm.Revenue > 0 ? own / firm.Revenue : 0;
        }
    }

    /// <summary>Revenue of <paramref name="firm"/> this tick whose origin is its own or an ally's investment or credits.</summary>
    public static double RoundTripRevenue(MarketModel market, Firm firm)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(firm);
        var account = firm.Account;
        var total = OwnMoney(market.Ledger, account, firm.FirmId);
        foreach (var ally in market.Alliances.Allies(firm, market.Steps))
        {
            total += OwnMoney(market.Ledger, account, ally.FirmId);
        }

        return total;
    }

    private static double OwnMoney(Ledger ledger, Account account, string firmId) =>
        account.ReceivedThisTick(ledger.Origin(OriginNames.Investment(firmId)))
        + account.ReceivedThisTick(ledger.Origin(OriginNames.Credits(firmId)));
}
