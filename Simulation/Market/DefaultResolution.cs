using MarketSim.Market.Agents;
using MarketSim.Market.Money;

namespace MarketSim.Market;

/// <summary>
/// Resolves a default in the order of docs/model.md 3.3.16 (MODEL.md 8.4.11): contracts and vertical alliances with
/// the firm end (no penalty), labs drop a dead cloud from their allocation and its customers redraw a home; a cloud's
/// fleet is sold to live clouds at rho_fs times book, pro rata to their capacity gaps within their financing, the
/// rest scrapped; a vendor's backlog is cancelled; negative cash is written off by the lenders and positive cash paid
/// to the cap table pro rata. A dead cloud's own demand (other-ai and captive workloads, or the v1 background) moves to the
/// live clouds. The firm is then dead: it never acts again and is valued at zero.
/// </summary>
internal static class DefaultResolution
{
    public static DefaultRecord Resolve(MarketModel market, FinanceDesk desk, Firm firm, int tick)
    {
        firm.Valuation = 0;
        if (firm is Lab lab)
        {
            // The v1 exit: contracts stop (ActiveAt checks the lab), its customers re-choose at the next step.
            lab.Exit();
        }
        else
        {
            firm.MarkDefaulted();
        }

        foreach (var contract in market.Exchange.Contracts)
        {
            if (contract.Lab == firm || contract.Cloud == firm)
            {
                contract.EndTick = Math.Min(contract.EndTick, tick);
            }
        }

        foreach (var alliance in market.Alliances.All)
        {
            if (alliance.IsVertical && alliance.Started && !alliance.Ended && alliance.Contains(firm))
            {
                AllianceEffects.End(market, alliance, early: false);
            }
        }

        var sales = new List<(Cloud, double, double)>();
        double book = 0, offered = 0, scrapped = 0;
        if (firm is Cloud cloud)
        {
            market.Labs.Do(l => l.DropCloud(cloud.Index, market.Clouds));
            market.Customers.Rehome(cloud.Index, HomeShares(market), market.Streams.Get("customers"));
            market.Vendors.Do(v => v.CancelOrders(cloud));
            (book, offered, scrapped) = SellFleet(market, desk, cloud, tick, sales);
            MoveDemand(market, cloud, tick);
        }
        else if (firm is Vendor vendor)
        {
            vendor.CancelBacklog();
        }

        var balance = firm.Account.Total;
        var writeOff = 0.0;
        var payments = new List<(string, double, double)>();
        if (balance < 0)
        {
            // docs/model.md (16.12)
            writeOff = -balance;
            market.Ledger.Transfer(desk.Lenders, firm.Account, writeOff, FlowKind.DebtWriteoff);
            desk.RecordWriteOff(writeOff);
        }
        else if (balance > 0)
        {
            Liquidate(market, firm, balance, payments);
        }

        return new DefaultRecord(firm, book, offered, sales, scrapped, balance, writeOff, payments);
    }

    private static double[] HomeShares(MarketModel market)
    {
        var homes = market.Parameters.Customers.HomeClouds;
        return market.Clouds.Select(c => c.Alive && homes.TryGetValue(c.FirmId, out var s) ? s : 0).ToArray();
    }

    // docs/model.md (16.16)-(16.18): a dead cloud's own demand belongs to its customers, not its fleet; they keep buying,
    // from the tick after the default, from the live clouds, split like the surviving customers of the same kind (the
    // receivers' own other-ai or background segments), by capacity when no live cloud has such a segment, else evenly.
    private static void MoveDemand(MarketModel market, Cloud dead, int tick)
    {
        var workloads = market.Workloads;
        var split = new double[market.Clouds.Count];
        var total = Split(market, split, b => workloads?.OtherAiTasks(b) ?? market.Exchange.BackgroundServed(b));
        if (total <= 0)
        {
            total = Split(market, split, b => market.Clouds[b].Capacity);
        }

        if (total <= 0)
        {
            // As for a lab that loses its only cloud (16.8): evenly over the live clouds.
            total = Split(market, split, _ => 1);
        }

        if (total <= 0)
        {
            // No live cloud is left to buy from.
            return;
        }

        for (var b = 0; b < split.Length; b++)
        {
            split[b] /= total;
        }

        if (workloads is not null)
        {
            workloads.MoveFrom(dead, split);
        }
        else
        {
            market.Exchange.MoveBackground(dead, tick, split);
        }
    }

    private static double Split(MarketModel market, double[] split, Func<int, double> size)
    {
        var total = 0.0;
        for (var b = 0; b < split.Length; b++)
        {
            split[b] = market.Clouds[b].Alive ? Math.Max(0, size(b)) : 0;
            total += split[b];
        }

        return total;
    }

    // docs/model.md (16.10), (16.11): each buyer takes the same share of every vintage.
    private static (double Book, double Offered, double Scrapped) SellFleet(MarketModel market, FinanceDesk desk, Cloud seller, int tick, List<(Cloud, double, double)> sales)
    {
        var fleet = seller.Fleet.ToList();
        var offered = fleet.Sum(v => v.Capacity);
        var book = fleet.Sum(v => v.Capacity * v.CostPerCU * Math.Max(0, v.RetiresAt - tick) / seller.Parameters.Life);
        var price = desk.Parameters.FleetSaleRatio * book;
        var buyers = market.Clouds.Where(c => c.Alive).ToList();
        var gaps = buyers.Select(b => Math.Max(0, b.TargetCapacity - b.Capacity - b.OnOrder)).ToArray();
        var gap = gaps.Sum();
        var sold = 0.0;
        for (var i = 0; i < buyers.Count && offered > 0 && gap > 0; i++)
        {
            var buyer = buyers[i];
            var share = Math.Min(1, gap / offered) * gaps[i] / gap;
            var financing = Math.Max(0, buyer.Cash + desk.CreditLine(buyer, market.Sentiment, tick) - buyer.OpenOrderValue);
            if (price > 0)
            {
                share = Math.Min(share, financing / price);
            }

            if (share <= 0)
            {
                continue;
            }

            var paid = share * price;
            var rho = desk.Parameters.FleetSaleRatio;
            var bought = fleet
                .Where(v => v.RetiresAt > tick)
                .Select(v => v with { Capacity = v.Capacity * share, CostPerCU = rho * v.CostPerCU * buyer.Parameters.Life / seller.Parameters.Life })
                .ToList();
            market.Ledger.Transfer(buyer.Account, seller.Account, paid, FlowKind.FleetSale);
            buyer.AddVintages(bought);
            var capacity = bought.Sum(v => v.Capacity);
            sold += capacity;
            sales.Add((buyer, capacity, paid));
        }

        seller.ClearFleet();
        return (book, offered, offered - sold);
    }

    // docs/model.md (16.13): pro rata to shares; investors' cash, firms' accounts, prior and external holders outside.
    private static void Liquidate(MarketModel market, Firm firm, double balance, List<(string, double, double)> payments)
    {
        var table = firm.CapTable;
        var holders = table.Holders.Where(h => table.SharesOf(h) > 0).ToList();
        for (var i = 0; i < holders.Count; i++)
        {
            var holder = holders[i];
            var fraction = table.FractionOf(holder);
            var amount = i == holders.Count - 1 ? firm.Account.Total : balance * fraction;
            amount = Math.Max(0, Math.Min(amount, firm.Account.Total));
            var investor = market.Investors.FirstOrDefault(x => x.InvestorId == holder);
            var owner = market.FirmById(holder);
            var to = investor?.Account
                ?? (owner is { Alive: true } ? owner.Account : null)
                ?? (holder == CapTable.Incumbents ? market.Outside.Prior : market.Outside.External);
            market.Ledger.Transfer(firm.Account, to, amount, FlowKind.Liquidation);
            investor?.ReceiveLiquidation(amount);
            payments.Add((holder, fraction, amount));
        }
    }
}
