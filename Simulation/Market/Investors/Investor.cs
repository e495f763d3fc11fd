using MarketSim.Engine;
using MarketSim.Market.Agents;
using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Investors;

/// <summary>
/// An investor (docs/model.md, Investors): spends its capital at tick 0 per its strategy, is marked to
/// its firms' values every tick, and with follow-on rights takes its pro-rata part of later rounds.
/// </summary>
public sealed class Investor : Agent, IRoundParticipant
{
    private readonly List<Firm> _held = [];
    private readonly List<double> _values = [];
    private readonly List<double> _invested = [];
    private readonly List<string> _warnings = [];
    private readonly List<(ListedEntity Entity, double Units)> _cores = [];

    internal Investor(MarketModel market, InvestorParameters parameters)
        : base(market)
    {
        Market = market;
        Parameters = parameters;
        Strategy = Strategy.For(parameters.Strategy);
        Account = market.Ledger.OpenOutside("investor:" + parameters.Id, OriginNames.Investment(parameters.Id));
    }

    /// <summary>The market.</summary>
    public MarketModel Market { get; }

    /// <summary>The investor's scenario parameters.</summary>
    public InvestorParameters Parameters { get; }

    /// <summary>Investor id (also its cap-table holder name).</summary>
    public string InvestorId => Parameters.Id;

    /// <summary>The strategy.</summary>
    public Strategy Strategy { get; }

    /// <summary>The investor's ledger account (outside; its payments carry its investment origin).</summary>
    public Account Account { get; }

    /// <summary>Money put in so far, USD billion: the tick-0 capital plus follow-ons.</summary>
    public double Invested { get; private set; }

    /// <summary>Value of the holdings at the last mark, USD billion.</summary>
    public double Value { get; private set; }

    /// <summary>Value over money put in, minus one.</summary>
    public double Return => Invested > 0 ? (Value / Invested) - 1 : 0;

    /// <summary>Value at every mark, oldest first.</summary>
    public IReadOnlyList<double> ValueHistory => _values;

    /// <summary>Money put in at every mark, oldest first.</summary>
    public IReadOnlyList<double> InvestedHistory => _invested;

    /// <summary>Firms held, in order of purchase.</summary>
    public IReadOnlyList<Firm> Held => _held;

    /// <summary>
    /// Capital the investor could not spend at tick 0 because it asked for more shares than a firm had on
    /// offer, USD billion; it is held as cash (no interest) and counts in <see cref="Value"/>. Zero for
    /// every investor smaller than the firms it buys.
    /// </summary>
    public double Cash { get; private set; }

    /// <summary>Why some capital was kept as cash (one line per firm), for the run manifest; empty when all was spent.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Spends the capital per the strategy at tick-0 values.</summary>
    internal void Buy()
    {
        // Capital is notional and quoted in USD million (default 100) so an investor is a price taker.
        var capital = Parameters.Capital / 1000;
        foreach (var holding in Strategy.Allocate(Market, Parameters))
        {
            var firm = holding.Firm;
            var amount = capital * holding.Weight;
            var price = firm.SharePrice;
            if (amount <= 0 || price <= 0)
            {
                continue;
            }

            if (holding.Primary)
            {
                int? credits = null;
                if (holding.CreditsOn is { } cloud)
                {
                    credits = Market.Ledger.Origin(OriginNames.Credits(cloud.FirmId));
                    Market.Ledger.Restrict(credits.Value);
                }

                firm.IssueShares(Account, InvestorId, amount, price, credits);

                // New shares bring their money in: post-money = pre-money + amount, so holders are not diluted in value.
                firm.Valuation += amount;
                if (firm is Lab lab)
                {
                    lab.LastRoundValuation = lab.Valuation;
                }
            }
            else
            {
                // A secondary purchase can take at most the incumbents' shares: an investor larger than the
                // float buys all of it at the marked price and keeps the rest of its money as cash.
                var wanted = amount / price;
                var available = firm.CapTable.SharesOf(CapTable.Incumbents);
                if (wanted > available)
                {
                    var spent = available * price;
                    Cash += amount - spent;
                    _warnings.Add(FormattableString.Invariant(
                        $"investor '{InvestorId}' asked for {amount * 1000:#,0.##} USD million of '{firm.FirmId}' but only {spent * 1000:#,0.##} USD million of shares were on offer; it bought those and keeps {(amount - spent) * 1000:#,0.##} USD million as cash"));
                    if (available > 0)
                    {
                        Market.Ledger.Transfer(Account, Market.Outside.Outside, spent, FlowKind.SecondaryPurchase);
                        firm.CapTable.Transfer(InvestorId, available);
                    }
                }
                else
                {
                    Market.Ledger.Transfer(Account, Market.Outside.Outside, amount, FlowKind.SecondaryPurchase);
                    firm.CapTable.Transfer(InvestorId, wanted);
                }
            }

            Invested += amount;
            if (!_held.Contains(firm))
            {
                _held.Add(firm);
            }
        }

        foreach (var (entity, weight) in Strategy.Cores(Market, Parameters))
        {
            // A claim on a listed company's core business, bought from its outside holders at its tick-0 value.
            var amount = capital * weight;
            if (amount > 0)
            {
                Market.Ledger.Transfer(Account, Market.Outside.Outside, amount, FlowKind.SecondaryPurchase);
                _cores.Add((entity, amount / entity.CoreIndex));
                Invested += amount;
            }
        }
    }

    /// <summary>Liquidation proceeds of a defaulted firm (docs/model.md 3.3.16) become the investor's cash.</summary>
    internal void ReceiveLiquidation(double amount) => Cash += amount;

    /// <summary>Marks the holdings to the firms' current values and records the path.</summary>
    internal void Mark()
    {
        var value = 0.0;
        foreach (var firm in _held)
        {
            value += firm.CapTable.SharesOf(InvestorId) * firm.SharePrice;
        }

        // docs/model.md (9.14): core claims move with their company's core index.
        foreach (var (entity, units) in _cores)
        {
            value += units * entity.CoreIndex;
        }

        // Unspent capital is cash; adding zero would not change the value, but the test keeps it obvious.
        Value = Cash > 0 ? value + Cash : value;
        _values.Add(Value);
        _invested.Add(Invested);
    }

    /// <inheritdoc />
    public double Subscribe(Lab lab, double roundSize, double remaining, double pricePerShare)
    {
        ArgumentNullException.ThrowIfNull(lab);
        if (!Strategy.FollowsOn(Parameters) || !_held.Contains(lab) || pricePerShare <= 0)
        {
            return 0;
        }

        var take = Math.Min(remaining, lab.CapTable.FractionOf(InvestorId) * roundSize);
        if (take <= 0)
        {
            return 0;
        }

        lab.IssueShares(Account, InvestorId, take, pricePerShare);
        Invested += take;
        return take;
    }
}
