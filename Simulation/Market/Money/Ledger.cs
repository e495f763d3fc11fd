namespace MarketSim.Market.Money;

/// <summary>
/// Double-entry ledger with provenance (docs/model.md 3.3.8). Every payment is a transfer between two
/// accounts; each balance is split by origin, and a payment draws on the payer's origins pro rata, so
/// provenance follows money across any number of hops.
/// </summary>
/// <remarks>
/// A firm that pays more than it holds goes into debt: the shortfall is drawn from the origin
/// <c>credit</c> (money lent from outside the model), which goes negative on the payer. An outside account
/// pays every amount from its own source origin. The sum of all balances is therefore always zero.
/// </remarks>
public sealed class Ledger
{
    /// <summary>The origin of money lent from outside the model to a firm that overdraws.</summary>
    public const string CreditOrigin = "credit";

    private readonly List<string> _originNames = [];
    private readonly Dictionary<string, int> _originIndex = new(StringComparer.Ordinal);
    private readonly List<Account> _accounts = [];
    private readonly Dictionary<string, Account> _accountsById = new(StringComparer.Ordinal);
    private readonly double[] _kindTotals = new double[Enum.GetValues<FlowKind>().Length];
    private readonly Dictionary<long, int> _flowIndex = [];
    private readonly List<FlowRecord> _flows = [];
    private readonly int _creditOrigin;
    private readonly List<bool> _restricted = [];
    private double[] _portions = new double[16];

    /// <summary>Creates an empty ledger.</summary>
    public Ledger() => _creditOrigin = Origin(CreditOrigin);

    /// <summary>Accounts in order of opening.</summary>
    public IReadOnlyList<Account> Accounts => _accounts;

    /// <summary>Origin names by index.</summary>
    public IReadOnlyList<string> OriginNames => _originNames;

    /// <summary>When false, per-tick flow records are not kept (sweeps that do not write flows.csv).</summary>
    public bool RecordFlows { get; set; } = true;

    /// <summary>Flows of the current tick, aggregated by (from, to, kind, origin) in order of first occurrence.</summary>
    public IReadOnlyList<FlowRecord> FlowsThisTick => _flows;

    /// <summary>The index of origin <paramref name="name"/>, registering it on first use.</summary>
    public int Origin(string name)
    {
        if (_originIndex.TryGetValue(name, out var index))
        {
            return index;
        }

        index = _originNames.Count;
        _originNames.Add(name);
        _restricted.Add(false);
        _originIndex.Add(name, index);
        foreach (var account in _accounts)
        {
            account.Grow(_originNames.Count);
        }

        return index;
    }

    /// <summary>
    /// Marks <paramref name="origin"/> as spendable only where a payment names it as preferred (compute
    /// credits, which only their cloud accepts); pro-rata draws pass it over.
    /// </summary>
    public void Restrict(int origin) => _restricted[origin] = true;

    /// <summary>Money <paramref name="account"/> can spend on anything: its positive, unrestricted origins.</summary>
    public double Spendable(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var total = 0.0;
        var held = account.ByOrigin;
        for (var o = 0; o < held.Length; o++)
        {
            if (held[o] > 0 && !_restricted[o])
            {
                total += held[o];
            }
        }

        return total;
    }

    /// <summary>
    /// An investment: <paramref name="amount"/> leaves <paramref name="from"/> pro rata like any payment but
    /// arrives re-tagged as <paramref name="asOrigin"/> (e.g. <c>investment:nvidia</c>), because from here on
    /// it is the investor's money put to work, which is what round-trip shares trace.
    /// </summary>
    public void Invest(Account from, Account to, double amount, FlowKind kind, int asOrigin)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!(amount >= 0) || double.IsInfinity(amount))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"An investment from {from.Id} to {to.Id} must be a finite amount of at least 0.");
        }

        if (amount == 0)
        {
            return;
        }

        // Route through a transient pass: the payer pays the receiver, then the receiver's new holdings of
        // each origin received are re-tagged in place.
        var before = to.ByOrigin.ToArray();
        var recordFlows = RecordFlows;
        RecordFlows = false;
        Transfer(from, to, amount, kind);
        RecordFlows = recordFlows;
        var held = to.ByOrigin;
        var inflow = to.Inflow;
        for (var o = 0; o < held.Length; o++)
        {
            var received = held[o] - (o < before.Length ? before[o] : 0);
            if (received != 0 && o != asOrigin)
            {
                held[o] -= received;
                held[asOrigin] += received;
                if (IsRevenue(kind))
                {
                    inflow[o] -= received;
                    inflow[asOrigin] += received;
                }
            }
        }

        Record(from, to, kind, asOrigin, amount);
    }

    /// <summary>Opens a firm account.</summary>
    public Account OpenFirm(string id) => Open(id, isOutside: false, sourceOrigin: -1);

    /// <summary>Opens an outside account whose payments carry origin <paramref name="sourceOrigin"/>.</summary>
    public Account OpenOutside(string id, string sourceOrigin) => Open(id, isOutside: true, Origin(sourceOrigin));

    /// <summary>The account called <paramref name="id"/>.</summary>
    public Account this[string id] => _accountsById[id];

    /// <summary>Starts a new tick: clears per-tick inflows, kind totals and flow records.</summary>
    public void BeginTick()
    {
        foreach (var account in _accounts)
        {
            account.ResetTick();
        }

        Array.Clear(_kindTotals);
        _flowIndex.Clear();
        _flows.Clear();
    }

    /// <summary>Total of <paramref name="kind"/> moved this tick.</summary>
    public double KindTotal(FlowKind kind) => _kindTotals[(int)kind];

    /// <summary>Sum of every balance; zero up to rounding, since money only moves between accounts.</summary>
    public double TotalBalance()
    {
        var total = 0.0;
        foreach (var account in _accounts)
        {
            total += account.Balance;
        }

        return total;
    }

    /// <summary>
    /// Moves <paramref name="amount"/> from <paramref name="from"/> to <paramref name="to"/>. A firm payer
    /// spends <paramref name="preferredOrigin"/> first when given (compute credits), then its other origins
    /// pro rata, then credit.
    /// </summary>
    public void Transfer(Account from, Account to, double amount, FlowKind kind, int preferredOrigin = -1)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!(amount >= 0) || double.IsInfinity(amount))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"A {kind} transfer from {from.Id} to {to.Id} must be a finite amount of at least 0.");
        }

        if (amount == 0)
        {
            return;
        }

        _kindTotals[(int)kind] += amount;
        from.Total -= amount;
        to.Total += amount;
        if (from.IsOutside)
        {
            Move(from, to, kind, from.SourceOrigin, amount);
            return;
        }

        var payer = from.ByOrigin;
        var remaining = amount;
        if (preferredOrigin >= 0 && payer[preferredOrigin] > 0)
        {
            var take = Math.Min(remaining, payer[preferredOrigin]);
            Move(from, to, kind, preferredOrigin, take);
            remaining -= take;
        }

        if (remaining <= 0)
        {
            return;
        }

        var spendable = Spendable(from);
        if (spendable <= 0)
        {
            Move(from, to, kind, _creditOrigin, remaining);
            return;
        }

        var fromHoldings = Math.Min(remaining, spendable);
        var ratio = fromHoldings / spendable;

        // Compute every portion before moving any, so the pro-rata base does not shift mid-transfer.
        if (_portions.Length < payer.Length)
        {
            _portions = new double[payer.Length];
        }

        var portions = _portions.AsSpan(0, payer.Length);
        var last = -1;
        var assigned = 0.0;
        for (var o = 0; o < payer.Length; o++)
        {
            portions[o] = payer[o] > 0 && !_restricted[o] ? payer[o] * ratio : 0;
            if (portions[o] > 0)
            {
                assigned += portions[o];
                last = o;
            }
        }

        // Put the rounding remainder on the last origin so exactly fromHoldings moves.
        if (ratio >= 1)
        {
            for (var o = 0; o < payer.Length; o++)
            {
                portions[o] = payer[o] > 0 && !_restricted[o] ? payer[o] : 0;
            }
        }
        else if (last >= 0)
        {
            portions[last] += fromHoldings - assigned;
        }

        for (var o = 0; o < portions.Length; o++)
        {
            if (portions[o] > 0)
            {
                Move(from, to, kind, o, portions[o]);
            }
        }

        var shortfall = remaining - fromHoldings;
        if (shortfall > 0)
        {
            Move(from, to, kind, _creditOrigin, shortfall);
        }
    }

    /// <summary>Whether payments of <paramref name="kind"/> are revenue of the receiver (not funding, initial cash, or the finance flows of docs/model.md 3.3.16).</summary>
    public static bool IsRevenue(FlowKind kind) => kind is not (FlowKind.InitialCash or FlowKind.Funding or FlowKind.ParentSupport or FlowKind.SecondaryPurchase
        or FlowKind.Interest or FlowKind.FleetSale or FlowKind.DebtWriteoff or FlowKind.Liquidation);

    private void Move(Account from, Account to, FlowKind kind, int origin, double amount)
    {
        from.ByOrigin[origin] -= amount;
        to.ByOrigin[origin] += amount;
        if (IsRevenue(kind))
        {
            to.Inflow[origin] += amount;
        }

        Record(from, to, kind, origin, amount);
    }

    private void Record(Account from, Account to, FlowKind kind, int origin, double amount)
    {
        if (!RecordFlows)
        {
            return;
        }

        var key = ((long)from.Index << 40) | ((long)to.Index << 24) | ((long)kind << 16) | (uint)origin;
        if (_flowIndex.TryGetValue(key, out var at))
        {
            _flows[at] = _flows[at] with { Amount = _flows[at].Amount + amount };
        }
        else
        {
            _flowIndex.Add(key, _flows.Count);
            _flows.Add(new FlowRecord(from.Index, to.Index, kind, origin, amount));
        }
    }

    private Account Open(string id, bool isOutside, int sourceOrigin)
    {
        if (_accountsById.ContainsKey(id))
        {
            throw new InvalidOperationException($"An account '{id}' is already open.");
        }

        var account = new Account(_accounts.Count, id, isOutside, sourceOrigin, Math.Max(_originNames.Count, 1));
        _accounts.Add(account);
        _accountsById.Add(id, account);
        return account;
    }
}
