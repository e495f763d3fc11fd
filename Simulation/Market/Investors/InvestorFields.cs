namespace MarketSim.Market.Investors;

/// <summary>The optional investor fields a strategy reads; a field a strategy does not read must be left out of the scenario.</summary>
[Flags]
public enum InvestorFields
{
    /// <summary>None of them.</summary>
    None = 0,

    /// <summary><c>target</c>.</summary>
    Target = 1,

    /// <summary><c>labs</c>.</summary>
    Labs = 2,

    /// <summary><c>weights</c>.</summary>
    Weights = 4,

    /// <summary><c>equal_weights</c>.</summary>
    EqualWeights = 8,

    /// <summary><c>cloud_share</c>.</summary>
    CloudShare = 16,

    /// <summary><c>credit_share</c>.</summary>
    CreditShare = 32,
}
