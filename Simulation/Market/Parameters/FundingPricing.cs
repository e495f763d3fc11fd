namespace MarketSim.Market.Parameters;

/// <summary>How a lab's funding round sets its pre-money value (docs/model.md 3.3.5); scenario files spell it "revenue" or "value".</summary>
public enum FundingPricing
{
    /// <summary>Annualised revenue times the round multiple, scaled by sentiment, growth and margin (5.12); no round below the minimum revenue.</summary>
    Revenue,

    /// <summary>The lab's value under the v2 law, V*_j of its last mark (5.12a, MODEL.md 8.4.4: one law, no second multiple).</summary>
    Value,
}
