namespace MarketSim.Market.Parameters;

/// <summary>Lab funding rounds (docs/model.md 3.3.5).</summary>
/// <param name="RunwayMin">A lab raises when cash covers fewer months of burn than this.</param>
/// <param name="RaiseMonths">A round raises this many months of burn.</param>
/// <param name="Multiple">Pre-money valuation multiple of annualised revenue at neutral sentiment.</param>
/// <param name="MinimumRevenue">Annualised revenue below which no outside investor leads a round, USD billion.</param>
/// <param name="ExternalPool">Money outside investors put into rounds per month at neutral sentiment, USD billion.</param>
/// <param name="PoolSentimentExponent">The pool scales with sentiment to this power.</param>
/// <param name="FailureGraceMonths">Months a lab may stay at negative cash without a round before it exits.</param>
/// <param name="Pricing">How a round sets its pre-money value: by revenue (5.12) or at the lab's value under the v2 law (5.12a).</param>
public sealed record FundingParameters(
    double RunwayMin,
    double RaiseMonths,
    double Multiple,
    double MinimumRevenue,
    double ExternalPool,
    double PoolSentimentExponent,
    int FailureGraceMonths,
    FundingPricing Pricing = FundingPricing.Revenue);
