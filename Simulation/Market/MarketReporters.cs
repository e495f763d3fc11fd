using System.Globalization;
using MarketSim.Engine;
using MarketSim.Market.Agents;
using MarketSim.Market.Investors;
using MarketSim.Market.Money;

namespace MarketSim.Market;

/// <summary>
/// Wires a <see cref="DataCollector"/> to the market: the <c>model</c>, <c>firms</c> and <c>flows</c>
/// tables of the run outputs (column names are the output contract in the README).
/// </summary>
public static class MarketReporters
{
    /// <summary>Name of the per-firm table.</summary>
    public const string FirmsTable = "firms";

    /// <summary>Name of the per-investor table.</summary>
    public const string InvestorsTable = "investors";

    /// <summary>Name of the ledger flows table.</summary>
    public const string FlowsTable = "flows";

    /// <summary>A collector for <paramref name="market"/>; flows only when <paramref name="flows"/> is set.</summary>
    public static DataCollector Create(MarketModel market, bool flows)
    {
        ArgumentNullException.ThrowIfNull(market);
        var t = market.Totals;
        var start = DateOnly.ParseExact(market.Parameters.StartMonth, "yyyy-MM", CultureInfo.InvariantCulture);
        var collector = new DataCollector(1, ("replication", DataValue.Of((long)market.Replication)));
        collector
            .AddModelReporter("month", () => DataValue.Of(start.AddMonths(market.Steps - 1).ToString("yyyy-MM", CultureInfo.InvariantCulture)))
            .AddModelReporter("adopted_customers", () => DataValue.Of((long)t.AdoptedCustomers))
            .AddModelReporter("customer_spend", () => DataValue.Of(t.CustomerSpend))
            .AddModelReporter("lab_revenue", () => DataValue.Of(t.LabRevenue))
            .AddModelReporter("hosting_revenue", () => DataValue.Of(t.HostingRevenue))
            .AddModelReporter("cloud_revenue", () => DataValue.Of(t.CloudRevenue))
            .AddModelReporter("vendor_revenue", () => DataValue.Of(t.VendorRevenue))
            .AddModelReporter("ai_capex", () => DataValue.Of(t.AiCapex))
            .AddModelReporter("toll_share", () => DataValue.Of(t.TollShare))
            .AddModelReporter("round_trip_share", () => DataValue.Of(t.RoundTripShare))
            .AddModelReporter("sentiment", () => DataValue.Of(market.Sentiment))
            .AddModelReporter("capex_revenue_gap", () => DataValue.Of(t.CapexRevenueGap))
            .AddModelReporter("hhi", () => DataValue.Of(t.Hhi))
            .AddModelReporter("labs_alive", () => DataValue.Of((long)t.LabsAlive));

        (string, Func<Firm, DataValue>)[] firmColumns =
        [
            ("id", f => DataValue.Of(f.FirmId)),
            ("kind", f => DataValue.Of(KindName(f.Kind))),
            ("revenue", f => DataValue.Of(f.Revenue)),
            ("costs", f => DataValue.Of(f.Costs)),
            ("profit", f => DataValue.Of(f.Profit)),
            ("cash", f => DataValue.Of(f.Cash)),
            ("valuation", f => DataValue.Of(f.Valuation)),
            ("market_share", f => DataValue.Of(MarketShare(market, f))),
            ("capability", f => DataValue.Of(f is Lab l ? l.Capability : double.NaN)),
            ("price", f => DataValue.Of(Price(f))),
            ("capacity", f => DataValue.Of(f switch { Cloud c => c.Capacity, Vendor v => v.Supply, _ => double.NaN })),
            // Per cloud, so backtests can hold a cloud's capex against its parent's reported capex.
            ("capex", f => DataValue.Of(f is Cloud cloud ? cloud.Capex : double.NaN)),
            ("utilisation", f => DataValue.Of(Utilisation(f))),
            ("round_trip_share", f => DataValue.Of(f.RoundTripShare)),
            ("alive", f => DataValue.Of(f.Alive)),
        ];

        // The v2 law's value constant theta_f (docs/model.md (9.12)); v1 outputs keep their columns byte for byte.
        if (market.ValueLaw is { } law)
        {
            firmColumns = [.. firmColumns, ("value_constant", f => DataValue.Of(law.ValueConstant(f)))];
        }

        collector.AddAgentTable<Firm>(FirmsTable, market.Firms, firmColumns);

        collector.AddAgentTable<Investor>(
            InvestorsTable,
            () => market.Investors,
            ("id", i => DataValue.Of(i.InvestorId)),
            ("strategy", i => DataValue.Of(i.Strategy.Name)),
            // In USD million, the unit capital is quoted in, so a portfolio starts at its capital (e.g. 100).
            ("value", i => DataValue.Of(i.Value * 1000)),
            ("return", i => DataValue.Of(i.Return)));

        if (flows)
        {
            var ledger = market.Ledger;
            collector.AddAgentTable<FlowRecord>(
                FlowsTable,
                () => ledger.FlowsThisTick,
                ("from", r => DataValue.Of(ledger.Accounts[r.From].Id)),
                ("to", r => DataValue.Of(ledger.Accounts[r.To].Id)),
                ("kind", r => DataValue.Of(FlowKindName(r.Kind))),
                ("origin", r => DataValue.Of(ledger.OriginNames[r.Origin])),
                ("amount", r => DataValue.Of(r.Amount)));
        }

        return collector;
    }

    /// <summary>The snake-case name of a flow kind, as written in flows.csv.</summary>
    public static string FlowKindName(FlowKind kind) => kind switch
    {
        FlowKind.InitialCash => "initial_cash",
        FlowKind.CustomerPayment => "customer_payment",
        FlowKind.Hosting => "hosting",
        FlowKind.BackgroundCompute => "background_compute",
        FlowKind.Compute => "compute",
        FlowKind.Chips => "chips",
        FlowKind.OtherChipSales => "other_chip_sales",
        FlowKind.Facilities => "facilities",
        FlowKind.Opex => "opex",
        FlowKind.UnitCost => "unit_cost",
        FlowKind.Funding => "funding",
        FlowKind.ParentSupport => "parent_support",
        FlowKind.SecondaryPurchase => "secondary_purchase",
        FlowKind.ExitPenalty => "exit_penalty",
        FlowKind.InternalCompute => "internal_compute",
        FlowKind.Interest => "interest",
        FlowKind.FleetSale => "fleet_sale",
        FlowKind.DebtWriteoff => "debt_writeoff",
        FlowKind.Liquidation => "liquidation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The name of a firm kind, as written in firms.csv.</summary>
    public static string KindName(FirmKind kind) => kind switch
    {
        FirmKind.Lab => "lab",
        FirmKind.Cloud => "cloud",
        _ => "vendor",
    };

    private static double MarketShare(MarketModel market, Firm firm)
    {
        switch (firm)
        {
            case Lab lab:
                return lab.CustomerShare;
            case Cloud:
                var clouds = market.Totals.CloudRevenue;
                return clouds > 0 ? firm.Revenue / clouds : 0;
            default:
                var vendors = market.Totals.VendorRevenue;
                return vendors > 0 ? firm.Revenue / vendors : 0;
        }
    }

    private static double Price(Firm firm) => firm switch
    {
        Lab l => l.Price,
        Cloud c => c.Price,
        Vendor v => v.Price,
        _ => double.NaN,
    };

    private static double Utilisation(Firm firm) => firm switch
    {
        Lab l => l.Demand > 0 ? l.Served / l.Demand : 1,
        Cloud c => c.Utilisation,
        Vendor v => v.Supply > 0 ? v.Shipped / v.Supply : 0,
        _ => double.NaN,
    };
}
