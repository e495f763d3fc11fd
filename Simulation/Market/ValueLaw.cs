using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>
/// The v2 valuation law (docs/model.md 3.3.9b, MODEL.md 8.4.7): one law for every firm,
/// V* = max(0, theta S^x G Rfwd max(0, mtil) + Cash + stakes), marked V &lt;- V + kappa (V* - V), with the
/// per-firm constant theta solved at the firm's first mark so that its tick-0 value is the observed one.
/// Holds the per-firm state (theta, tick-0 margin, margin-cost history) and the listed companies.
/// </summary>
public sealed class ValueLaw
{
    // Passes of the tick-0 solve: a stake's value depends on the held firm's constant, so constants are solved
    // to a fixed point; stakes are a fraction of a firm held one level deep, so this converges in a few passes.
    private const int SolvePasses = 64;
    private readonly Dictionary<Firm, State> _states = [];
    private readonly List<ListedEntity> _entities = [];
    private readonly IReadOnlyDictionary<string, double>? _observedValues;
    private double _sentiment0 = double.NaN;

    internal ValueLaw(MarketModel market)
    {
        var p = market.Parameters.Market.Valuation;
        _observedValues = p.ObservedValues;
        foreach (var company in p.ListedCompanies ?? [])
        {
            var members = company.Members.Select(market.FirmById).OfType<Firm>().ToList();
            _entities.Add(new ListedEntity(company, members));
        }
    }

    /// <summary>The listed companies, in scenario order.</summary>
    public IReadOnlyList<ListedEntity> Entities => _entities;

    /// <summary>theta_f, the value constant of <paramref name="firm"/>; NaN before its first mark or when it cannot be solved (no forward profit at tick 0).</summary>
    public double ValueConstant(Firm firm) => firm is not null && _states.TryGetValue(firm, out var s) ? s.Theta : double.NaN;

    /// <summary>The observed value the firm's first mark was solved to, USD billion (NaN before it).</summary>
    public double ObservedValue(Firm firm) => firm is not null && _states.TryGetValue(firm, out var s) ? s.Observed : double.NaN;

    /// <summary>
    /// The value a funding round prices <paramref name="lab"/> at (docs/model.md (5.12a)): V* of its last mark, or, before
    /// its first mark, the observed value that mark will take.
    /// </summary>
    internal double RoundValue(Lab lab)
    {
        ArgumentNullException.ThrowIfNull(lab);
        return _states.TryGetValue(lab, out var state) && !double.IsNaN(state.Target) ? state.Target : LabObservedValue(lab);
    }

    // A lab's V_obs (9.12): its latest round from valuation.observed_values, else its scenario valuation.
    private double LabObservedValue(Lab lab) =>
        _observedValues is not null && _observedValues.TryGetValue(lab.FirmId, out var value) ? value : lab.Valuation;

    /// <summary>The listed company <paramref name="firm"/> belongs to, or null (labs).</summary>
    public ListedEntity? EntityOf(Firm firm) => _entities.FirstOrDefault(e => e.Members.Contains(firm));

    /// <summary>Marks every firm (stage <c>valuation</c>).</summary>
    internal void Mark(MarketModel market)
    {
        var p = market.Parameters.Market.Valuation;
        var tick = market.Steps;
        if (double.IsNaN(_sentiment0))
        {
            _sentiment0 = market.Sentiment;
        }

        var sentimentFactor = Math.Pow(market.Sentiment, p.SentimentExponent);
        var firms = market.Firms().ToList();
        var fresh = new List<Firm>();
        foreach (var firm in firms)
        {
            if (!_states.TryGetValue(firm, out var state))
            {
                state = new State();
                _states[firm] = state;
                fresh.Add(firm);
            }

            state.Record(firm);
        }

        // docs/model.md (9.5)-(9.10): the base theta multiplies, and the margin each firm's first mark sees.
        var basis = new double[firms.Count];
        for (var i = 0; i < firms.Count; i++)
        {
            var firm = firms[i];
            var state = _states[firm];
            var margin = state.Margin();
            if (fresh.Contains(firm))
            {
                state.Margin0 = margin;
            }

            // docs/model.md (9.9)
            var expected = p.LongRunMargin(firm.Kind) + (p.MarginWeight * (margin - state.Margin0));
            basis[i] = firm.Alive
                ? sentimentFactor * Valuation.GrowthFactor(p, firm.RevenueHistory, market.ExpectedGrowth) * ForwardRevenue(firm, p, tick, market) * Math.Max(0, expected)
                : 0;
        }

        if (fresh.Count > 0)
        {
            Solve(market, p, firms, fresh, basis);
        }

        var operating = new double[firms.Count];
        for (var i = 0; i < firms.Count; i++)
        {
            var theta = _states[firms[i]].Theta;
            operating[i] = double.IsNaN(theta) ? 0 : theta * basis[i];
        }

        for (var i = 0; i < firms.Count; i++)
        {
            var firm = firms[i];
            if (!firm.Alive)
            {
                firm.Valuation = 0;
                firm.Marked = true;
                continue;
            }

            // docs/model.md (9.11)
            var target = Math.Max(0, operating[i] + firm.Cash + Stakes(firm, firms, operating));
            _states[firm].Target = target;
            // docs/model.md (9.12): the first mark is the observed value (for a solved firm V* equals it to rounding).
            firm.Valuation = fresh.Contains(firm) ? _states[firm].Observed : Math.Max(0, firm.Valuation + (p.MarkSpeed * (target - firm.Valuation)));
            firm.Marked = true;
        }

        foreach (var entity in _entities)
        {
            entity.UpdateCore(p, tick, _sentiment0 > 0 ? market.Sentiment / _sentiment0 : 1);
        }
    }

    /// <summary>
    /// docs/model.md (9.8) Rfwd: labs 12 Rbar; clouds 12 Rbar plus the take-or-pay step-ups contracted over the next
    /// twelve months; vendors 12 Rbar plus the backlog beyond b_n months of revenue.
    /// </summary>
    internal static double ForwardRevenue(Firm firm, ValuationParameters p, int tick, MarketModel market)
    {
        ArgumentNullException.ThrowIfNull(firm);
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(market);
        var mean = MeanRevenue(firm.RevenueHistory, 3);
        var forward = 12 * mean;
        if (firm is Cloud cloud)
        {
            var now = TakeOrPay(market, cloud, tick);
            for (var k = 1; k <= 12; k++)
            {
                forward += Math.Max(0, TakeOrPay(market, cloud, tick + k) - now);
            }
        }
        else if (firm is Vendor vendor)
        {
            forward += Math.Max(0, vendor.BacklogValue - (p.BacklogMonths * mean));
        }

        return forward;
    }

    /// <summary>Rbar: the mean of the last (up to) <paramref name="months"/> monthly revenues.</summary>
    internal static double MeanRevenue(IReadOnlyList<double> history, int months)
    {
        ArgumentNullException.ThrowIfNull(history);
        var n = Math.Min(months, history.Count);
        var total = 0.0;
        for (var k = history.Count - n; k < history.Count; k++)
        {
            total += history[k];
        }

        return n > 0 ? total / n : 0;
    }

    private static double TakeOrPay(MarketModel market, Cloud cloud, int tick)
    {
        var total = 0.0;
        foreach (var contract in market.Exchange.Contracts)
        {
            if (contract.Cloud == cloud && contract.ActiveAt(tick))
            {
                total += contract.Monthly;
            }
        }

        return total;
    }

    // One level of stakes, as v1's (9.3): a holder counts its fraction of the held firm's operating value plus cash.
    private static double Stakes(Firm firm, List<Firm> firms, double[] operating)
    {
        var total = 0.0;
        foreach (var (held, holder) in firm.Stakes)
        {
            if (held.Alive)
            {
                total += held.CapTable.FractionOf(holder) * Math.Max(0, operating[firms.IndexOf(held)] + held.Cash);
            }
        }

        return total;
    }

    // docs/model.md (9.12)-(9.13): observed values for the fresh firms (labs from their round, members from their
    // company split by forward profit), then theta = (V_obs - Cash - stakes) / base at m_LR, to a fixed point in stakes.
    private void Solve(MarketModel market, ValuationParameters p, List<Firm> firms, List<Firm> fresh, double[] basis)
    {
        foreach (var entity in _entities.Where(e => e.Members.Any(fresh.Contains)))
        {
            entity.FixAiShare();
            var weights = entity.Members.Select(m => Math.Max(0, basis[firms.IndexOf(m)])).ToList();
            var sum = weights.Sum();
            for (var k = 0; k < entity.Members.Count; k++)
            {
                _states[entity.Members[k]].Observed = entity.ObservedValue * (sum > 0 ? weights[k] / sum : 1.0 / entity.Members.Count);
            }
        }

        foreach (var firm in fresh.OfType<Lab>())
        {
            _states[firm].Observed = LabObservedValue(firm);
        }

        var operating = new double[firms.Count];
        for (var i = 0; i < firms.Count; i++)
        {
            var theta = _states[firms[i]].Theta;
            operating[i] = double.IsNaN(theta) ? 0 : theta * basis[i];
        }

        for (var pass = 0; pass < SolvePasses; pass++)
        {
            var moved = false;
            foreach (var firm in fresh)
            {
                var i = firms.IndexOf(firm);
                var state = _states[firm];
                if (double.IsNaN(state.Observed))
                {
                    // A cloud or vendor outside every listed company (only possible in code-built scenarios) keeps v1's first mark.
                    state.Observed = Math.Max(0, firm.Cash);
                }

                var residual = state.Observed - firm.Cash - Stakes(firm, firms, operating);
                var theta = basis[i] > 0 && residual >= 0 ? residual / basis[i] : double.NaN;
                var next = double.IsNaN(theta) ? 0 : theta * basis[i];
                moved |= Math.Abs(next - operating[i]) > 1e-12 * Math.Max(1, Math.Abs(next));
                operating[i] = next;
                state.Theta = theta;
            }

            if (!moved)
            {
                break;
            }
        }
    }

    private sealed class State
    {
        private readonly List<double> _revenue = [];
        private readonly List<double> _cost = [];

        public double Theta { get; set; } = double.NaN;

        public double Margin0 { get; set; }

        public double Observed { get; set; } = double.NaN;

        // V* of the last mark (9.11), which a funding round prices at under (5.12a).
        public double Target { get; set; } = double.NaN;

        // The cost the kind's margin is net of (docs/model.md (9.6)): labs inference and opex (not training),
        // clouds opex and depreciation, vendors unit cost and opex; the last two are all of their costs.
        public void Record(Firm firm)
        {
            _revenue.Add(firm.Revenue);
            _cost.Add(firm is Lab lab ? lab.InferenceCost + (lab.Alive ? lab.Parameters.Opex : 0) : firm.Costs);
        }

        // docs/model.md (9.6): trailing-12 margin, clamped to [-1, 1]; no revenue counts as -1.
        public double Margin()
        {
            var n = Math.Min(12, _revenue.Count);
            double revenue = 0, cost = 0;
            for (var k = _revenue.Count - n; k < _revenue.Count; k++)
            {
                revenue += _revenue[k];
                cost += _cost[k];
            }

            return revenue > 0 ? Math.Clamp((revenue - cost) / revenue, -1, 1) : -1;
        }
    }
}
