using MarketSim.Engine;
using MarketSim.Market.Money;

namespace MarketSim.Market.Agents;

/// <summary>
/// What labs, clouds and vendors share: an id, a ledger account, a cap table, stakes in other firms,
/// and this tick's revenue and costs.
/// </summary>
public abstract class Firm : Agent
{
    private readonly List<(Firm Firm, string Holder)> _stakes = [];
    private readonly List<double> _revenueHistory = [];

    /// <summary>Creates a firm with its account and cap table.</summary>
    /// <remarks>
    /// A firm is handed the ledger and the outside accounts it pays and is paid by, never the market
    /// model: what it learns of the market arrives as arguments of the stage that activates it.
    /// </remarks>
    protected Firm(FirmServices services, string firmId, string name, FirmKind kind, double shares)
        : base(services.Model)
    {
        Ledger = services.Ledger;
        Outside = services.Outside;
        FirmId = firmId;
        Name = name;
        Kind = kind;
        Account = Ledger.OpenFirm(firmId);
        CapTable = new CapTable(shares);
        OwnInvestmentOrigin = Ledger.Origin(OriginNames.Investment(firmId));
    }

    /// <summary>The ledger every payment of the firm goes through.</summary>
    protected Ledger Ledger { get; }

    /// <summary>The accounts outside the model (customers, the outside economy, ...).</summary>
    protected OutsideAccounts Outside { get; }

    /// <summary>Identifier used in scenario files and outputs.</summary>
    public string FirmId { get; }

    /// <summary>Display name.</summary>
    public string Name { get; }

    /// <summary>Layer of the race.</summary>
    public FirmKind Kind { get; }

    /// <summary>The firm's ledger account.</summary>
    public Account Account { get; }

    /// <summary>Owners of the firm.</summary>
    public CapTable CapTable { get; }

    /// <summary>Origin index of money this firm invests in others.</summary>
    public int OwnInvestmentOrigin { get; }

    /// <summary>False once the firm has exited.</summary>
    public bool Alive { get; protected set; } = true;

    /// <summary>Revenue this tick, USD billion.</summary>
    public double Revenue { get; protected set; }

    /// <summary>Costs this tick (cash costs plus depreciation), USD billion.</summary>
    public double Costs { get; protected set; }

    /// <summary>Revenue minus costs this tick.</summary>
    public double Profit => Revenue - Costs;

    /// <summary>Cash (ledger balance), USD billion.</summary>
    public double Cash => Account.Balance;

    /// <summary>Equity value, USD billion, never below zero.</summary>
    public double Valuation { get; internal set; }

    /// <summary>Whether the firm has been valued at least once (a cloud's or vendor's first mark is its model value).</summary>
    internal bool Marked { get; set; }

    /// <summary>Value per share, USD billion per million shares.</summary>
    public double SharePrice => CapTable.Outstanding > 0 ? Valuation / CapTable.Outstanding : 0;

    /// <summary>Share of this tick's revenue whose origin is the firm's own or its allies' investment.</summary>
    public double RoundTripShare { get; internal set; }

    /// <summary>This tick's revenue whose origin is the firm's own or its allies' investment or credits.</summary>
    public double RoundTripRevenue { get; internal set; }

    /// <summary>Cash the firm starts the run with (paid from prior capital at tick 0), USD billion.</summary>
    internal abstract double StartingCash { get; }

    /// <summary>Revenue of every completed tick, oldest first.</summary>
    public IReadOnlyList<double> RevenueHistory => _revenueHistory;

    /// <summary>Stakes this firm holds in other firms (as cap-table holder <c>Holder</c>).</summary>
    public IReadOnlyList<(Firm Firm, string Holder)> Stakes => _stakes;

    /// <summary>Records a stake this firm holds in <paramref name="firm"/>.</summary>
    internal void AddStake(Firm firm)
    {
        foreach (var (held, _) in _stakes)
        {
            if (held == firm)
            {
                return;
            }
        }

        _stakes.Add((firm, FirmId));
    }

    /// <summary>
    /// Issues new shares: <paramref name="payer"/> pays <paramref name="amount"/> into the firm as funding and
    /// <paramref name="holder"/> receives amount / <paramref name="pricePerShare"/> new shares, diluting every
    /// other holder. With <paramref name="retagAs"/> the money arrives re-tagged with that origin (an
    /// investment, docs/model.md 3.3.8); without, it keeps its provenance. The one place shares are created
    /// after tick 0; the caller sets the valuation the round implies.
    /// </summary>
    internal void IssueShares(Account payer, string holder, double amount, double pricePerShare, int? retagAs = null)
    {
        if (retagAs is { } origin)
        {
            Ledger.Invest(payer, Account, amount, FlowKind.Funding, origin);
        }
        else
        {
            Ledger.Transfer(payer, Account, amount, FlowKind.Funding);
        }

        CapTable.Issue(holder, amount / pricePerShare);
    }

    /// <summary>Clears this tick's revenue and costs.</summary>
    internal void BeginTick()
    {
        Revenue = 0;
        Costs = 0;
    }

    /// <summary>Closes the tick: appends its revenue to the history.</summary>
    internal void CloseTick() => _revenueHistory.Add(Revenue);

    /// <summary>The close-tick stage: closes the tick of every firm of <paramref name="firms"/>.</summary>
    internal static void CloseTick(IEnumerable<Firm> firms)
    {
        foreach (var firm in firms)
        {
            firm.CloseTick();
        }
    }

    /// <summary>The firm has defaulted (docs/model.md 3.3.16): it never acts again.</summary>
    internal void MarkDefaulted() => Alive = false;

    /// <summary>
    /// Tick 0: the firm's starting cash from prior capital; a negative start (net debt, finance scenarios only) is
    /// paid the other way, as the debt-financed assets the prior owners were paid for.
    /// </summary>
    internal void ReceiveStartingCash(Account prior)
    {
        if (StartingCash >= 0)
        {
            Ledger.Transfer(prior, Account, StartingCash, FlowKind.InitialCash);
        }
        else
        {
            Ledger.Transfer(Account, prior, -StartingCash, FlowKind.InitialCash);
        }
    }

    /// <summary>Adds to this tick's revenue.</summary>
    internal void Earn(double amount) => Revenue += amount;

    /// <summary>Adds to this tick's costs.</summary>
    internal void Spend(double amount) => Costs += amount;
}
