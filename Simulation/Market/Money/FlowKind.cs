namespace MarketSim.Market.Money;

/// <summary>What a payment is for; flows.csv and the invariants group by it.</summary>
public enum FlowKind
{
    /// <summary>Money a firm starts with (outside to firm, tick 0).</summary>
    InitialCash,

    /// <summary>End customers pay a lab for inference.</summary>
    CustomerPayment,

    /// <summary>End customers pay a cloud for hosting an open-weights model.</summary>
    Hosting,

    /// <summary>Other AI compute demand pays a cloud (internal products, enterprises' own models).</summary>
    BackgroundCompute,

    /// <summary>A lab pays a cloud for compute (inference, training and take-or-pay shortfalls).</summary>
    Compute,

    /// <summary>A cloud pays a vendor for accelerators.</summary>
    Chips,

    /// <summary>Buyers outside the model pay a vendor for accelerators.</summary>
    OtherChipSales,

    /// <summary>A cloud pays data-centre costs for new capacity to the outside economy.</summary>
    Facilities,

    /// <summary>A firm pays operating costs to the outside economy.</summary>
    Opex,

    /// <summary>A vendor pays its unit costs to the outside economy.</summary>
    UnitCost,

    /// <summary>Primary money into a lab (funding round or strategic investment).</summary>
    Funding,

    /// <summary>A parent company funds its lab.</summary>
    ParentSupport,

    /// <summary>An investor buys existing shares; the money leaves to the sellers outside the model.</summary>
    SecondaryPurchase,

    /// <summary>A lab pays a cloud an alliance exit penalty.</summary>
    ExitPenalty,

    /// <summary>A cloud's parent pays the cloud for its captive workloads, at the transfer price (MODEL.md 8.4.2).</summary>
    InternalCompute,

    /// <summary>Interest on negative cash (firm to lenders) or deposit income on positive cash (lenders to firm).</summary>
    Interest,

    /// <summary>A live cloud buys a defaulted cloud's fleet at a discount to book value (buyer to seller).</summary>
    FleetSale,

    /// <summary>Lenders write off a defaulted firm's negative balance (lenders to firm).</summary>
    DebtWriteoff,

    /// <summary>A defaulted firm's positive balance paid to its cap-table holders.</summary>
    Liquidation,
}
