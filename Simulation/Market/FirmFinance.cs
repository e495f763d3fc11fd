using MarketSim.Market.Agents;

namespace MarketSim.Market;

/// <summary>
/// One firm's finance state (docs/model.md 3.3.16): trailing monthly EBITDA and operating cash flow, this tick's
/// net debt, leverage, spread and interest, the distress counter, and the tick it defaulted.
/// </summary>
public sealed class FirmFinance
{
    private readonly List<double> _ebitda = [];
    private readonly List<double> _cashFlow = [];

    internal FirmFinance(Firm firm, double? ebitdaTtm, double core)
    {
        Firm = firm;
        EbitdaTtm = ebitdaTtm;
        Core = core;

        // Before its first month is recorded (tick-0 capex comes before the finance stage) EBITDA12 is the year before.
        Ebitda12 = ebitdaTtm ?? 0;
    }

    /// <summary>The firm.</summary>
    public Firm Firm { get; }

    /// <summary>core_f: parent EBITDA pledged to the firm, USD billion a year.</summary>
    public double Core { get; }

    /// <summary>ebitda_ttm_f: EBITDA of the year before tick 0, USD billion (null: 12 times the first month).</summary>
    public double? EbitdaTtm { get; private set; }

    /// <summary>EBITDA12: trailing twelve months of revenue minus cash operating costs, USD billion.</summary>
    public double Ebitda12 { get; private set; }

    /// <summary>Net debt max(0, -cash) when this tick's interest was charged, USD billion.</summary>
    public double NetDebt { get; private set; }

    /// <summary>Positive cash when this tick's deposit income was paid, USD billion.</summary>
    public double Deposits { get; private set; }

    /// <summary>L_f: net debt over max(0.1, EBITDA12 + core).</summary>
    public double Leverage { get; private set; }

    /// <summary>s_f: spread over the risk-free rate, per year.</summary>
    public double Spread { get; private set; }

    /// <summary>Interest paid to lenders this tick, USD billion.</summary>
    public double InterestPaid { get; private set; }

    /// <summary>Deposit income received from lenders this tick, USD billion.</summary>
    public double DepositIncome { get; private set; }

    /// <summary>Consecutive distressed months.</summary>
    public int MonthsDistressed { get; internal set; }

    /// <summary>Tick of default, or -1.</summary>
    public int DefaultTick { get; internal set; } = -1;

    /// <summary>12 CFO3+: twelve times the positive part of the mean monthly operating cash flow of the last three months.</summary>
    public double AnnualCashFlow
    {
        get
        {
            var n = Math.Min(3, _cashFlow.Count);
            var sum = 0.0;
            for (var i = _cashFlow.Count - n; i < _cashFlow.Count; i++)
            {
                sum += _cashFlow[i];
            }

            return n > 0 ? 12 * Math.Max(0, sum / n) : 0;
        }
    }

    /// <summary>Clears the tick's interest before it is charged.</summary>
    internal void BeginTick()
    {
        InterestPaid = 0;
        DepositIncome = 0;
        NetDebt = 0;
        Deposits = 0;
    }

    /// <summary>Adds this month's EBITDA and updates EBITDA12; months before tick 0 are (12 - n)/12 of ebitda_ttm.</summary>
    internal void RecordMonth(double ebitda)
    {
        _ebitda.Add(ebitda);
        EbitdaTtm ??= 12 * ebitda;
        var n = Math.Min(12, _ebitda.Count);
        var sum = 0.0;
        for (var i = _ebitda.Count - n; i < _ebitda.Count; i++)
        {
            sum += _ebitda[i];
        }

        // docs/model.md (16.1)
        Ebitda12 = sum + ((12 - n) / 12.0 * EbitdaTtm.Value);
    }

    /// <summary>Sets this tick's net debt, deposits, leverage and spread (before any interest moves).</summary>
    internal void Price(double cash, double spread, double leverage)
    {
        NetDebt = Math.Max(0, -cash);
        Deposits = Math.Max(0, cash);
        Spread = spread;
        Leverage = leverage;
    }

    /// <summary>Books the tick's interest and income and the month's operating cash flow (EBITDA less net interest).</summary>
    internal void Settle(double interest, double income)
    {
        InterestPaid = interest;
        DepositIncome = income;
        _cashFlow.Add(_ebitda[^1] - interest + income);
    }
}
