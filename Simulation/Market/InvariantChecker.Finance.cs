using MarketSim.Market.Agents;
using MarketSim.Market.Money;

namespace MarketSim.Market;

// The finance identities of docs/model.md 3.3.16 (MODEL.md 8.6 items 2-4), to the cent.
public static partial class InvariantChecker
{
    /// <summary>One cent in USD billion: the absolute tolerance of the finance identities.</summary>
    public const double Cent = 1e-11;

    private static void CheckFinance(MarketModel market, List<string> broken)
    {
        if (market.Finance is not { } desk)
        {
            return;
        }

        var ledger = market.Ledger;
        var p = desk.Parameters;
        var paid = 0.0;
        var income = 0.0;
        foreach (var f in desk.States)
        {
            // docs/model.md (16.3)-(16.5), recomputed from the recorded net debt, leverage and sentiment-free parts.
            paid += f.InterestPaid;
            income += f.DepositIncome;
            Cents(broken, $"interest of {f.Firm.FirmId} is (r_f + s)/12 of its net debt", f.InterestPaid, (desk.RiskFreeRate + f.Spread) / 12 * f.NetDebt);
            Cents(broken, $"deposit income of {f.Firm.FirmId} is r_f/12 of its cash", f.DepositIncome, desk.RiskFreeRate / 12 * f.Deposits);
            if (f.Spread < 0 || f.Spread > p.SpreadMax * (1 + Tolerance))
            {
                broken.Add($"spread of {f.Firm.FirmId} lies in [0, s_max]: {f.Spread}");
            }
        }

        Cents(broken, "the ledger's interest flows are interest paid plus deposit income", ledger.KindTotal(FlowKind.Interest), paid + income);
        Cents(broken, "the ledger's write-offs are the finance desk's", ledger.KindTotal(FlowKind.DebtWriteoff), desk.WriteOffs);
        // The change is a difference of two balances that can be far larger than it, so it is as exact as they are.
        Cents(broken, "lenders change by interest minus income minus write-offs", desk.Lenders.Total - desk.LendersAtStart, paid - income - desk.WriteOffs,
            Math.Max(Math.Abs(desk.Lenders.Total), Math.Abs(desk.LendersAtStart)));

        var sales = 0.0;
        var liquidations = 0.0;
        foreach (var d in desk.Resolved)
        {
            var id = d.Firm.FirmId;
            var price = d.Sales.Sum(s => s.Price);
            var sold = d.Sales.Sum(s => s.Capacity);
            sales += price;
            Cents(broken, $"fleet sale of {id}: buyers pay rho_fs times the book of the share they take", price, d.FleetOffered > 0 ? p.FleetSaleRatio * d.FleetBook * sold / d.FleetOffered : 0);
            Cents(broken, $"fleet of {id}: capacity before equals capacity sold plus scrapped", d.FleetOffered, sold + d.Scrapped);
            Cents(broken, $"write-off of {id} is minus its balance after the fleet sale", d.WriteOff, Math.Max(0, -d.BalanceAfterSale));
            var paidOut = 0.0;
            foreach (var (holder, fraction, amount) in d.Payments)
            {
                paidOut += amount;
                Cents(broken, $"liquidation of {id} pays {holder} its share", amount, fraction * d.BalanceAfterSale);
            }

            liquidations += paidOut;
            Cents(broken, $"liquidation of {id} pays out its positive balance", paidOut, Math.Max(0, d.BalanceAfterSale));
        }

        Cents(broken, "the ledger's fleet sales are the buyers' payments", ledger.KindTotal(FlowKind.FleetSale), sales);
        Cents(broken, "the ledger's liquidations are the payments to holders", ledger.KindTotal(FlowKind.Liquidation), liquidations);
        CheckDead(market, desk, broken);
        CheckMovedDemand(market, broken);
    }

    // docs/model.md (16.14): a dead firm holds nothing, earns and spends nothing, and is worth nothing.
    private static void CheckDead(MarketModel market, FinanceDesk desk, List<string> broken)
    {
        foreach (var f in desk.States)
        {
            var firm = f.Firm;
            if (f.DefaultTick < 0)
            {
                continue;
            }

            Cents(broken, $"defaulted {firm.FirmId} has balance 0", firm.Account.Total, 0);
            Cents(broken, $"defaulted {firm.FirmId} has valuation 0", firm.Valuation, 0);
            var after = f.DefaultTick < market.Steps - 1;
            if (after && (firm.Revenue != 0 || firm.Costs != 0))
            {
                broken.Add($"defaulted {firm.FirmId} has no revenue or cost after its default tick: revenue {firm.Revenue}, costs {firm.Costs}");
            }

            var open = firm switch
            {
                Cloud c => c.Capacity + c.OnOrder,
                Vendor v => v.Backlog,
                _ => 0,
            };
            if (open != 0 || market.Exchange.Contracts.Any(k => (k.Lab == firm || k.Cloud == firm) && k.ActiveAt(market.Steps - 1)))
            {
                broken.Add($"defaulted {firm.FirmId} has no fleet, backlog or active contract: fleet or backlog {open}");
            }
        }
    }

    private static void Cents(List<string> broken, string identity, double left, double right, double scale = 0)
    {
        if (!(Math.Abs(left - right) <= Math.Max(Cent, 1e-13 * Math.Max(scale, Math.Max(Math.Abs(left), Math.Abs(right))))))
        {
            broken.Add($"{identity}: {left} vs {right}");
        }
    }
}
