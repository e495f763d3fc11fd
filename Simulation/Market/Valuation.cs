using MarketSim.Market.Agents;

namespace MarketSim.Market;

/// <summary>
/// Values every firm each tick (docs/model.md, Valuation). Labs: annualised revenue times a multiple
/// scaled by sentiment, revenue growth and gross margin; clouds and vendors: annualised operating profit
/// times a sentiment-scaled multiple. Cash and stakes in other firms add; equity is never negative; the
/// mark moves towards the model value at the mark speed (and jumps to a round's post-money).
/// </summary>
public static class Valuation
{
    /// <summary>Marks every firm.</summary>
    public static void MarkAll(MarketModel market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var p = market.Parameters.Market.Valuation;
        var sentimentFactor = Math.Pow(market.Sentiment, p.SentimentExponent);
        var firms = market.Firms().ToList();
        var operating = new double[firms.Count];
        for (var i = 0; i < firms.Count; i++)
        {
            operating[i] = OperatingValue(firms[i], p, sentimentFactor);
        }

        for (var i = 0; i < firms.Count; i++)
        {
            var firm = firms[i];
            if (firm is Lab { Alive: false })
            {
                firm.Valuation = 0;
                continue;
            }

            var model = operating[i] + Math.Max(0, firm.Cash);
            foreach (var (held, holder) in firm.Stakes)
            {
                var at = firms.IndexOf(held);
                model += held.CapTable.FractionOf(holder) * (held is Lab { Alive: false } ? 0 : operating[at] + Math.Max(0, held.Cash));
            }

            // First mark of a cloud or vendor (no prior round) is the model value itself.
            firm.Valuation = firm.Valuation <= 0 && firm is not Lab ? model : firm.Valuation + (p.MarkSpeed * (model - firm.Valuation));
            firm.Valuation = Math.Max(0, firm.Valuation);
        }
    }

    /// <summary>Annualised growth of monthly revenue: year on year once a year of history exists.</summary>
    public static double AnnualGrowth(IReadOnlyList<double> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var n = history.Count;
        if (n < 2)
        {
            return 0;
        }

        var back = Math.Min(12, n - 1);
        var then = history[n - 1 - back];
        var now = history[n - 1];
        if (then <= 0 || now <= 0)
        {
            return 0;
        }

        return Math.Pow(now / then, 12.0 / back) - 1;
    }

    private static double OperatingValue(Firm firm, Parameters.ValuationParameters p, double sentimentFactor)
    {
        var annualRevenue = 12 * firm.Revenue;
        if (firm is Lab lab)
        {
            if (!lab.Alive || annualRevenue <= 0)
            {
                return 0;
            }

            var growth = Math.Max(0, 1 + (p.GrowthWeight * AnnualGrowth(firm.RevenueHistory)));
            var margin = (lab.Revenue - lab.InferenceCost) / lab.Revenue;
            var marginFactor = p.ReferenceMargin > 0 ? Math.Clamp(margin / p.ReferenceMargin, 0, 1) : 1;
            return annualRevenue * p.LabMultiple * sentimentFactor * growth * marginFactor;
        }

        return Math.Max(0, 12 * firm.Profit * p.InfraMultiple * sentimentFactor);
    }
}
