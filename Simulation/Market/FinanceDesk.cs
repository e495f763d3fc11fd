using MarketSim.Market.Agents;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>
/// Finance and default for every firm, step 10b of the tick (docs/model.md 3.3.16, MODEL.md 8.4.11): for each live
/// firm in the order clouds, vendors, labs, EBITDA12, leverage and spread; interest on net debt to the lenders and
/// deposit income from them; the distress test; a default is resolved at once (<see cref="DefaultResolution"/>), so
/// firms later in the order see it. It also keeps the tick's tallies the finance invariants check.
/// </summary>
public sealed class FinanceDesk
{
    private readonly MarketModel _market;
    private readonly Dictionary<Firm, FirmFinance> _state = [];
    private readonly List<FirmFinance> _ordered = [];

    internal FinanceDesk(MarketModel market, FinanceParameters parameters)
    {
        _market = market;
        Parameters = parameters;
        Lenders = market.Outside.OpenLenders();
        RiskFreeRate = market.Parameters.Supply?.RiskFreeRate ?? FinanceParameters.DefaultRiskFreeRate;
        LabGraceMonths = market.Parameters.Market.Funding.FailureGraceMonths;
        market.Labs.Do(static lab => lab.DefaultsAtFinance = true);
    }

    /// <summary>The finance section.</summary>
    public FinanceParameters Parameters { get; }

    /// <summary>r_f per year: the supply section's risk-free rate (one r_f for user cost and finance).</summary>
    public double RiskFreeRate { get; }

    /// <summary>Months a lab may end at negative cash before it defaults (the v1 failure grace).</summary>
    public int LabGraceMonths { get; }

    /// <summary>The outside lenders account.</summary>
    public Account Lenders { get; }

    /// <summary>Every firm's finance state, in the order first seen (clouds, vendors, labs, entrants).</summary>
    public IReadOnlyList<FirmFinance> States => _ordered;

    /// <summary>Lenders' balance when this tick's finance stage began.</summary>
    public double LendersAtStart { get; private set; }

    /// <summary>Debt written off this tick.</summary>
    public double WriteOffs { get; private set; }

    /// <summary>Value lost to this tick's defaults: the defaulted firms' equity at its last mark plus the debt written off, USD billion.</summary>
    public double ValueLost { get; private set; }

    /// <summary>Equity value of all firms at their last marks, when this tick's finance stage began.</summary>
    public double TotalValue { get; private set; }

    /// <summary>Defaults since tick 0.</summary>
    public int Defaults { get; private set; }

    /// <summary>Interest paid to lenders since tick 0, USD billion.</summary>
    public double CumulativeInterest { get; private set; }

    /// <summary>What this tick's defaults did, for the invariants.</summary>
    public List<DefaultRecord> Resolved { get; } = [];

    /// <summary>The finance state of <paramref name="firm"/>, created on first use.</summary>
    public FirmFinance Of(Firm firm)
    {
        ArgumentNullException.ThrowIfNull(firm);
        if (!_state.TryGetValue(firm, out var state))
        {
            var p = Parameters;
            state = new FirmFinance(
                firm,
                p.EbitdaTtm.TryGetValue(firm.FirmId, out var ttm) ? ttm : null,
                p.CoreEbitda.TryGetValue(firm.FirmId, out var core) ? core : 0);
            _state.Add(firm, state);
            _ordered.Add(state);
        }

        return state;
    }

    /// <summary>
    /// The financing a cloud can add to its cash for capex at month <paramref name="tick"/> (docs/model.md (16.7)):
    /// 12 CFO3+ plus the debt capacity lambda S^y max(0, EBITDA12 + core) plus the advance a on its contracted backlog
    /// (16.6a); the capex bound subtracts open orders.
    /// </summary>
    public double CreditLine(Cloud cloud, double sentiment, int tick)
    {
        var state = Of(cloud);
        var p = Parameters;
        return state.AnnualCashFlow + (p.DebtCapacity * Math.Pow(sentiment, p.DebtCapacityExponent) * Math.Max(0, state.Ebitda12 + state.Core))
            + ContractAdvance(cloud, tick);
    }

    /// <summary>
    /// a times the payments still due to <paramref name="firm"/> on its compute contracts after month
    /// <paramref name="tick"/> (docs/model.md (16.6a)); 0 for a firm that is not a cloud or when a is 0.
    /// </summary>
    public double ContractAdvance(Firm firm, int tick) =>
        firm is Cloud cloud && Parameters.ContractAdvanceRate > 0
            ? Parameters.ContractAdvanceRate * _market.Exchange.RemainingPayments(cloud, tick)
            : 0;

    /// <summary>The finance stage.</summary>
    internal void Run(int tick, double sentiment)
    {
        LendersAtStart = Lenders.Total;
        WriteOffs = 0;
        ValueLost = 0;
        Resolved.Clear();
        TotalValue = 0;
        foreach (var firm in _market.Firms())
        {
            TotalValue += firm.Valuation;
            Of(firm).BeginTick();
        }

        // Entrants too: a lab's failure test is this stage's once finance is on.
        _market.Labs.Do(static lab => lab.DefaultsAtFinance = true);
        foreach (var firm in _market.Clouds.Cast<Firm>().Concat(_market.Vendors).Concat(_market.Labs).ToList())
        {
            if (firm.Alive)
            {
                Step(firm, tick, sentiment);
            }
        }

        // docs/model.md (16.9): value lost to defaults lowers sentiment at this tick's update.
        if (ValueLost > 0 && TotalValue > 0)
        {
            _market.AddSentimentShock(Parameters.DefaultSentimentWeight * ValueLost / TotalValue);
        }
    }

    /// <summary>Records a write-off (by the default resolution).</summary>
    internal void RecordWriteOff(double amount) => WriteOffs += amount;

    private void Step(Firm firm, int tick, double sentiment)
    {
        var p = Parameters;
        var state = Of(firm);
        // Cash operating costs: a cloud's costs less depreciation; vendors and labs have no non-cash costs.
        var ebitda = firm.Revenue - firm.Costs + (firm is Cloud cloud ? cloud.Depreciation : 0);
        state.RecordMonth(ebitda);
        var cash = firm.Cash;
        var netDebt = Math.Max(0, -cash);
        var cover = state.Ebitda12 + state.Core;
        // docs/model.md (16.2), (16.3)
        var leverage = netDebt / Math.Max(0.1, cover);
        var spread = Math.Min(p.SpreadMax, (p.SpreadBase + (p.SpreadSlope * leverage)) * Math.Pow(sentiment, -p.SpreadSentimentExponent));
        state.Price(cash, spread, leverage);
        // docs/model.md (16.4), (16.5)
        var interest = (RiskFreeRate + spread) / 12 * netDebt;
        var income = RiskFreeRate / 12 * Math.Max(0, cash);
        _market.Ledger.Transfer(firm.Account, Lenders, interest, FlowKind.Interest);
        _market.Ledger.Transfer(Lenders, firm.Account, income, FlowKind.Interest);
        state.Settle(interest, income);
        CumulativeInterest += interest;

        // docs/model.md (16.6): labs are distressed at negative cash, clouds and vendors beyond lambda_def turns; a
        // cloud's lenders also count the advance on its contracted backlog (16.6a), debt its customers' payments serve.
        var distressed = firm is Lab ? firm.Cash < 0 : netDebt > (p.DefaultLeverage * Math.Max(0, cover)) + ContractAdvance(firm, tick);
        state.MonthsDistressed = distressed ? state.MonthsDistressed + 1 : 0;
        var grace = firm switch
        {
            Lab => LabGraceMonths,
            Cloud => p.CloudGraceMonths,
            _ => p.VendorGraceMonths,
        };
        if (state.MonthsDistressed > grace)
        {
            state.DefaultTick = tick;
            Defaults++;
            var equity = firm.Valuation;
            var record = DefaultResolution.Resolve(_market, this, firm, tick);
            Resolved.Add(record);
            // A firm in distress is usually marked near zero already; its lenders' loss is the value the default destroys.
            ValueLost += equity + record.WriteOff;
        }
    }
}
