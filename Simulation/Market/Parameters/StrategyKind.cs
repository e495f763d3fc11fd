namespace MarketSim.Market.Parameters;

/// <summary>An investor's strategy (docs/model.md 3.3.11); scenario files spell it in kebab case ("single-lab").</summary>
public enum StrategyKind
{
    /// <summary>Every cloud and vendor.</summary>
    Racetrack,

    /// <summary>One lab.</summary>
    SingleLab,

    /// <summary>Every live lab.</summary>
    LabIndex,

    /// <summary>A cloud and stakes in labs, partly as compute credits.</summary>
    Empire,

    /// <summary>Any weights over firms.</summary>
    Custom,

    /// <summary>The listed companies of the racetrack whole: their AI businesses plus their core businesses (v2 valuation law).</summary>
    RacetrackListed,
}
