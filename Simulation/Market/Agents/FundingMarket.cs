using MarketSim.Market.Money;
using MarketSim.Market.Parameters;

namespace MarketSim.Market.Agents;

/// <summary>
/// Lab funding rounds (docs/model.md, Funding): the pre-money valuation is annualised revenue times a
/// multiple that scales with sentiment, or under value pricing the lab's value under the v2 law; participants
/// with follow-on rights subscribe first, then outside investors from a monthly pool that also scales with
/// sentiment. New shares dilute existing holders.
/// </summary>
public sealed class FundingMarket
{
    private readonly Ledger _ledger;
    private readonly Account _external;
    private readonly MarketParameters _market;
    private readonly List<IRoundParticipant> _participants = [];
    private double _sentiment;
    private double _expectedGrowth;

    internal FundingMarket(Ledger ledger, Account external, MarketParameters market)
    {
        _ledger = ledger;
        _external = external;
        _market = market;
    }

    /// <summary>The v2 value law, which value-priced rounds read; null under v1.</summary>
    internal ValueLaw? ValueLaw { get; set; }

    /// <summary>Outside money still available this tick, USD billion.</summary>
    public double PoolLeft { get; private set; }

    /// <summary>Rounds that raised less than asked this tick.</summary>
    public int FailedRoundsThisTick { get; private set; }

    /// <summary>Money raised in rounds this tick.</summary>
    public double RaisedThisTick { get; private set; }

    /// <summary>Adds a participant with follow-on rights.</summary>
    public void AddParticipant(IRoundParticipant participant) => _participants.Add(participant);

    /// <summary>
    /// Refills the outside pool for the tick: the pool at neutral sentiment times S^exponent. Rounds this
    /// tick price at <paramref name="sentiment"/> and <paramref name="expectedGrowth"/>, last tick's
    /// (sentiment is updated at the end of a tick).
    /// </summary>
    internal void BeginTick(double sentiment, double expectedGrowth)
    {
        _sentiment = sentiment;
        _expectedGrowth = expectedGrowth;
        var p = _market.Funding;
        // docs/model.md (5.12)
        PoolLeft = p.ExternalPool * Math.Pow(sentiment, p.PoolSentimentExponent);
        FailedRoundsThisTick = 0;
        RaisedThisTick = 0;
    }

    /// <summary>
    /// The lab's value for a round, or 0 for no round: none below the minimum revenue (no outside investor leads it);
    /// priced on revenue, annualised revenue times the multiple, scaled by sentiment, growth and gross margin like v1
    /// valuations; priced at value, what the v2 law holds the lab worth, with no second multiple.
    /// </summary>
    private double PreMoney(Lab lab)
    {
        FundingParameters p = _market.Funding;
        var annualRevenue = 12 * lab.Revenue;
        if (annualRevenue < p.MinimumRevenue)
            return 0;
        if (p.Pricing == FundingPricing.Value)
        {
            // docs/model.md (5.12a); the validator refuses value pricing without the v2 law.
            return ValueLaw?.RoundValue(lab) ?? throw new InvalidOperationException("value-priced rounds need the v2 valuation law");
        }

        var valuation = _market.Valuation;
        // docs/model.md (5.12)
        return annualRevenue * p.Multiple * Math.Pow(_sentiment, valuation.SentimentExponent)
            * Valuation.GrowthFactor(valuation, lab.RevenueHistory, _expectedGrowth) * Valuation.MarginFactor(valuation, lab);
    }

    /// <summary>Runs a round for <paramref name="lab"/> asking <paramref name="asked"/>; returns what was raised.</summary>
    internal double Raise(Lab lab, double asked)
    {
        var preMoney = asked > 0 ? PreMoney(lab) : 0;
        if (!(preMoney > 0))
        {
            FailedRoundsThisTick++;
            return 0;
        }

        var price = preMoney / lab.CapTable.Outstanding;
        var raised = 0.0;
        foreach (var participant in _participants)
        {
            if (raised >= asked)
            {
                break;
            }

            raised += participant.Subscribe(lab, asked, asked - raised, price);
        }

        var outside = Math.Min(asked - raised, PoolLeft);
        if (outside > 0)
        {
            PoolLeft -= outside;
            lab.IssueShares(_external, CapTable.External, outside, price);
            raised += outside;
        }

        if (raised > 0)
        {
            // docs/model.md (5.13)
            lab.LastRoundValuation = preMoney + raised;
            lab.Valuation = lab.LastRoundValuation;
        }

        if (raised < asked * (1 - 1e-9))
        {
            FailedRoundsThisTick++;
        }

        RaisedThisTick += raised;
        return raised;
    }
}
