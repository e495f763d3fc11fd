namespace MarketSim.Scenarios.Observations;

/// <summary>A monthly quantity recorded per firm for backtests (the columns of a <see cref="FirmPath"/>).</summary>
public enum FirmMeasure
{
    /// <summary>Revenue this month, USD bn.</summary>
    Revenue,

    /// <summary>A cloud's AI capex this month (chips plus facilities), USD bn; 0 for others.</summary>
    Capex,

    /// <summary>Equity valuation, USD bn.</summary>
    Valuation,

    /// <summary>Price: USD bn per million WU (= USD per million tokens) for labs, per million CU for clouds.</summary>
    Price,

    /// <summary>A cloud's capacity (million CU, i.e. million H100-equivalents) or a vendor's supply.</summary>
    Capacity,

    /// <summary>A cloud's remaining payments on compute contracts after this month, USD bn.</summary>
    Backlog,

    /// <summary>
    /// The market value of the listed company the firm belongs to under the v2 value law: the valuations of all its
    /// member firms plus its core business, USD bn; the firm's own valuation when it belongs to none.
    /// </summary>
    CompanyValue,

    /// <summary>A lab's compute bought this month, million CU (compute spend over the mean cloud price).</summary>
    Compute,
}
