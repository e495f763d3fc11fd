namespace MarketSim.Market.Parameters;

/// <summary>How a strategic investment is paid (docs/model.md 3.3.12); scenario files spell it in lower case.</summary>
public enum InvestmentForm
{
    /// <summary>Money the lab may spend anywhere.</summary>
    Cash,

    /// <summary>Compute credits the lab can only spend on the investor's cloud.</summary>
    Credits,
}
