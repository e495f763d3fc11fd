using MarketSim.Market.Agents;
using MarketSim.Market.Parameters;

namespace MarketSim.Market;

/// <summary>
/// A listed company under the v2 valuation law (docs/model.md 3.3.9b): the model firms that are its AI
/// business, its observed AI value V_obs_e = a_e MC_e split over them at the first mark, and the index of its
/// core (non-AI) business, which racetrack-listed investors hold beside the AI firms.
/// </summary>
public sealed class ListedEntity
{
    internal ListedEntity(ListedCompanyParameters parameters, IReadOnlyList<Firm> members)
    {
        Parameters = parameters;
        Members = members;
    }

    /// <summary>The scenario's entry.</summary>
    public ListedCompanyParameters Parameters { get; }

    /// <summary>Company id.</summary>
    public string Id => Parameters.Id;

    /// <summary>The model firms that are the company's AI business, in scenario order.</summary>
    public IReadOnlyList<Firm> Members { get; }

    /// <summary>a_e: the AI share of market value, given or derived at the first mark (NaN before).</summary>
    public double AiShare { get; private set; } = double.NaN;

    /// <summary>V_obs_e = a_e MC_e, USD billion (NaN before the first mark).</summary>
    public double ObservedValue => AiShare * Parameters.MarketValue;

    /// <summary>V_core_e(0) = (1 - a_e) MC_e, USD billion.</summary>
    public double CoreValue0 => (1 - AiShare) * Parameters.MarketValue;

    /// <summary>V_core_e(t) / V_core_e(0): growth at the core rate times sentiment relative to tick 0 to the core beta (1 before the first mark).</summary>
    public double CoreIndex { get; private set; } = 1;

    /// <summary>Value of the AI business now: the sum of the members' valuations.</summary>
    public double Value
    {
        get
        {
            var total = 0.0;
            foreach (var firm in Members)
            {
                total += firm.Valuation;
            }

            return total;
        }
    }

    /// <summary>The company's market value now: its AI business plus its core business, V + V_core(0) x core index (the AI value alone before the first mark).</summary>
    public double CompanyValue => Value + (double.IsNaN(AiShare) ? 0 : CoreValue0 * CoreIndex);

    /// <summary>
    /// Fixes a_e at the first mark: given, or the consolidated tick-0 AI revenue times 12 over the company's
    /// trailing revenue (docs/model.md (9.13)), capped at 1. A captive chip vendor's sales to clouds count once,
    /// in its owner's cloud revenue, as consolidation eliminates sales inside the group.
    /// </summary>
    internal void FixAiShare()
    {
        if (Parameters.AiShare is { } given)
        {
            AiShare = given;
            return;
        }

        var revenue = 0.0;
        foreach (var firm in Members)
        {
            revenue += firm is Vendor { Owner: { } owner } vendor && Members.Contains(owner) ? vendor.Revenue - vendor.CloudRevenue : firm.Revenue;
        }

        var trailing = Parameters.TrailingRevenue ?? 0;
        AiShare = trailing > 0 ? Math.Clamp(12 * revenue / trailing, 0, 1) : 1;
    }

    /// <summary>docs/model.md (9.14): the core index at <paramref name="tick"/> and sentiment ratio <paramref name="sentimentRatio"/>.</summary>
    internal void UpdateCore(ValuationParameters p, int tick, double sentimentRatio) =>
        CoreIndex = Math.Pow(1 + p.CoreGrowth, tick / 12.0) * Math.Pow(Math.Max(0, sentimentRatio), p.CoreSentimentBeta);
}
