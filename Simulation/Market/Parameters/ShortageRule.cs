namespace MarketSim.Market.Parameters;

/// <summary>How a sold-out vendor shares its monthly supply among the orders that are due (docs/model.md (7.3)).</summary>
public enum ShortageRule
{
    /// <summary>v1: orders ship in the order they were placed; the last ones of the month wait whole.</summary>
    FirstCome,

    /// <summary>Older due months first; the orders of the month the supply runs out in ship the same share each (7.3a).</summary>
    ProRata,
}
