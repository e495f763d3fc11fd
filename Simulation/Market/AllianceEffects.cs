using MarketSim.Market.Agents;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>
/// What an alliance does when it starts and ends (docs/model.md, Alliances). Customer-side effects
/// (native status, lock-in, interop) and supply-side ones (priority, portability) are read from the
/// alliance's active window every tick; the one-off effects live here.
/// </summary>
internal static class AllianceEffects
{
    public static void Schedule(MarketModel market, Alliance alliance)
    {
        market.Schedule.At(alliance.StartTick, () => Start(market, alliance), priority: 0, name: "alliance-start:" + alliance.Id);
        if (alliance.EndTick != int.MaxValue)
        {
            market.Schedule.At(alliance.EndTick, () => End(market, alliance, early: false), priority: 0, name: "alliance-end:" + alliance.Id);
        }
    }

    /// <summary>Brings the alliance into force now (idempotent).</summary>
    public static void Start(MarketModel market, Alliance alliance)
    {
        if (alliance.Started)
        {
            return;
        }

        alliance.Started = true;
        alliance.StartTick = Math.Min(alliance.StartTick, market.Steps);
        if (!alliance.IsVertical)
        {
            return;
        }

        var p = alliance.Parameters;
        var cloud = alliance.Clouds[0];
        foreach (var lab in alliance.Labs)
        {
            if (p.ComputeAllocation > 0)
            {
                alliance.SavedAllocations.Add((lab, lab.ShiftAllocation(cloud.Index, p.ComputeAllocation)));
            }
        }

        foreach (var commitment in p.Commitments)
        {
            market.AddContract(commitment, alliance);
        }

        foreach (var investment in p.Investments)
        {
            var tick = Math.Max(investment.Tick, market.Steps);
            market.Schedule.At(tick, () => Invest(market, alliance, investment), priority: 0, name: "investment:" + investment.From);
        }
    }

    /// <summary>
    /// Gives <paramref name="lab"/> a new affinity (an allocation-change event). A vertical alliance in force keeps its
    /// shift on top of it, and when it ends the lab returns to the new affinity, not to the one saved at its start: the
    /// alliances in force are re-applied in the order they started, as if the new affinity had been the lab's all along.
    /// </summary>
    public static void ChangeAllocation(MarketModel market, Lab lab, double[] affinity)
    {
        lab.SetAllocation(affinity);
        var inForce = market.Alliances.All
            .Select((alliance, order) => (alliance, order))
            .Where(x => x.alliance.Started && !x.alliance.Ended && x.alliance.IsVertical)
            .OrderBy(x => x.alliance.StartTick)
            .ThenBy(x => x.order);
        foreach (var (alliance, _) in inForce)
        {
            var saved = alliance.SavedAllocations;
            for (var i = 0; i < saved.Count; i++)
            {
                if (saved[i].Lab == lab)
                {
                    saved[i] = (lab, lab.ShiftAllocation(alliance.Clouds[0].Index, alliance.Parameters.ComputeAllocation));
                }
            }
        }
    }

    /// <summary>Ends the alliance now; an early end makes member labs pay the exit penalty and stops its commitments.</summary>
    public static void End(MarketModel market, Alliance alliance, bool early)
    {
        if (alliance.Ended)
        {
            return;
        }

        alliance.Ended = true;
        alliance.EndTick = market.Steps;
        foreach (var contract in market.Exchange.Contracts)
        {
            if (contract.Alliance == alliance)
            {
                contract.EndTick = Math.Min(contract.EndTick, market.Steps);
            }
        }

        foreach (var (lab, allocation) in alliance.SavedAllocations)
        {
            lab.RestoreAllocation(allocation);
        }

        if (!early || !alliance.IsVertical || alliance.Parameters.ExitPenalty <= 0)
        {
            return;
        }

        var cloud = alliance.Clouds[0];
        foreach (var lab in alliance.Labs)
        {
            if (lab.Alive)
            {
                market.Ledger.Transfer(lab.Account, cloud.Account, alliance.Parameters.ExitPenalty, FlowKind.ExitPenalty);
                lab.PayPenalty(alliance.Parameters.ExitPenalty);
                cloud.EarnPenalty(alliance.Parameters.ExitPenalty);
            }
        }
    }

    private static void Invest(MarketModel market, Alliance alliance, InvestmentParameters investment)
    {
        if (alliance.Ended)
        {
            return;
        }

        var from = market.FirmById(investment.From);
        var lab = market.LabById(investment.To);
        if (from is not { Alive: true } || !lab.Alive)
        {
            return;
        }

        // Credits carry the investor's credits origin (spendable only on its cloud); cash its investment origin.
        var origin = investment.Form == InvestmentForm.Credits
            ? market.Ledger.Origin(OriginNames.Credits(from.FirmId))
            : from.OwnInvestmentOrigin;
        if (investment.Form == InvestmentForm.Credits)
        {
            market.Ledger.Restrict(origin);
        }

        // A lab marked at zero has no price to issue shares at; nobody invests in it (documented).
        var price = lab.SharePrice;
        if (price <= 0)
        {
            return;
        }

        var preMoney = price * lab.CapTable.Outstanding;
        lab.IssueShares(from.Account, from.FirmId, investment.Amount, price, origin);

        // A primary investment is a small round: post-money = pre-money + the money put in.
        lab.Valuation = preMoney + investment.Amount;
        lab.LastRoundValuation = lab.Valuation;
        from.AddStake(lab);
    }
}
