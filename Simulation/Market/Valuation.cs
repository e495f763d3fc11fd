using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>
/// Values every firm each tick (docs/model.md, Valuation). Labs: annualised revenue times a multiple
/// scaled by sentiment, revenue growth and gross margin; clouds and vendors: annualised operating profit
/// times a sentiment-scaled multiple. Cash (negative cash as net debt) and stakes in other firms add; equity is never negative; the
/// mark moves towards the model value at the mark speed (and jumps to a round's post-money).
/// </summary>
public static class Valuation
{
    /// <summary>Marks every firm: by the v2 law when the scenario switches it on (<see cref="ValueLaw"/>), else by v1.</summary>
    public static void MarkAll(MarketModel market)
    {
        ArgumentNullException.ThrowIfNull(market);
        if (market.ValueLaw is { } law)
        {
            law.Mark(market);
            return;
        }

        var p = market.Parameters.Market.Valuation;
        var sentimentFactor = Math.Pow(market.Sentiment, p.SentimentExponent);
        var firms = market.Firms().ToList();
        var operating = new double[firms.Count];
        for (var i = 0; i < firms.Count; i++)
        {
            operating[i] = OperatingValue(firms[i], p, sentimentFactor, market.ExpectedGrowth);
        }

        for (var i = 0; i < firms.Count; i++)
        {
            var firm = firms[i];
            if (!firm.Alive)
            {
                firm.Valuation = 0;
                continue;
            }

            // Cash counts with its sign (negative cash is net debt); limited liability floors the total at zero.
            var model = operating[i] + firm.Cash;
            foreach (var (held, holder) in firm.Stakes)
            {
                var at = firms.IndexOf(held);
                model += held.CapTable.FractionOf(holder) * (!held.Alive ? 0 : Math.Max(0, operating[at] + held.Cash));
            }

            // docs/model.md (9.3)
            model = Math.Max(0, model);

            // First mark of a cloud or vendor (no prior round) is the model value itself.
            // docs/model.md (9.4)
            firm.Valuation = !firm.Marked && firm is not Lab ? model : firm.Valuation + (p.MarkSpeed * (model - firm.Valuation));
            firm.Valuation = Math.Max(0, firm.Valuation);
            firm.Marked = true;
        }
    }

    /// <summary>
    /// The multiple's growth factor G = max(0, 1 + w g / (1 + g)) for annualised growth g: rises with growth
    /// but saturates at 1 + w, so a lab that triples in a year is not priced as if it would forever.
    /// </summary>
    public static double GrowthFactor(ValuationParameters p, IReadOnlyList<double> history, double expectedMonthly)
    {
        ArgumentNullException.ThrowIfNull(p);
        var g = AnnualGrowth(history, expectedMonthly);
        return Math.Max(0, 1 + (p.GrowthWeight * g / (1 + g)));
    }

    /// <summary>The multiple's margin factor M = clamp(gross margin / reference margin, 0, 1): a lab selling below cost is not worth a revenue multiple.</summary>
    public static double MarginFactor(ValuationParameters p, Lab lab)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(lab);
        if (lab.Revenue <= 0)
        {
            return 0;
        }

        var margin = (lab.Revenue - lab.InferenceCost) / lab.Revenue;
        return p.ReferenceMargin > 0 ? Math.Clamp(margin / p.ReferenceMargin, 0, 1) : 1;
    }

    /// <summary>
    /// Annualised revenue growth: the observed monthly growth over the last (up to) twelve months, blended
    /// with the market's expected monthly growth in proportion to how much of a year has been observed, so
    /// one noisy month is not annualised into an absurd multiple.
    /// </summary>
    public static double AnnualGrowth(IReadOnlyList<double> history, double expectedMonthly)
    {
        ArgumentNullException.ThrowIfNull(history);
        var n = history.Count;
        var back = Math.Min(12, n - 1);
        var monthly = expectedMonthly;
        if (back > 0 && history[n - 1 - back] > 0 && history[n - 1] > 0)
        {
            var observed = Math.Pow(history[n - 1] / history[n - 1 - back], 1.0 / back) - 1;
            var weight = back / 12.0;
            monthly = (weight * observed) + ((1 - weight) * expectedMonthly);
        }

        return Math.Pow(1 + monthly, 12) - 1;
    }

    private static double OperatingValue(Firm firm, ValuationParameters p, double sentimentFactor, double expectedMonthly)
    {
        var annualRevenue = 12 * firm.Revenue;
        if (firm is Lab lab)
        {
            if (!lab.Alive || annualRevenue <= 0)
            {
                return 0;
            }

            // docs/model.md (9.1)
            return annualRevenue * p.LabMultiple * sentimentFactor * GrowthFactor(p, firm.RevenueHistory, expectedMonthly) * MarginFactor(p, lab);
        }

        // docs/model.md (9.2); a cloud is valued without its parent's captive workloads (3.3.2c): their value sits with the parent.
        var profit = firm is Cloud cloud ? cloud.ExternalProfit : firm.Profit;
        return Math.Max(0, 12 * profit * p.InfraMultiple * sentimentFactor);
    }
}
