namespace MarketSim.Market.Parameters;

/// <summary>Which valuation law marks the firms (docs/model.md 3.3.9); scenario files spell it "v1" or "v2".</summary>
public enum ValuationLaw
{
    /// <summary>v1: labs by a revenue multiple, clouds and vendors by 25 times annualised profit (9.1)-(9.4).</summary>
    V1,

    /// <summary>v2: one law for every firm with a per-firm constant solved to the observed tick-0 value (9.5)-(9.12).</summary>
    V2,
}
