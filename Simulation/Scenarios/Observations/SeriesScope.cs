namespace MarketSim.Scenarios.Observations;

/// <summary>Which kind of model firm a series measures.</summary>
public enum SeriesScope
{
    /// <summary>A model lab.</summary>
    Lab,

    /// <summary>A cloud.</summary>
    Cloud,

    /// <summary>An accelerator vendor.</summary>
    Vendor,

    /// <summary>The whole market (firm column <c>market</c>).</summary>
    Market,

    /// <summary>A listed company: a cloud or vendor standing for it (companies.csv maps microsoft to azure).</summary>
    Listed,
}
