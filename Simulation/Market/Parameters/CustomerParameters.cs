namespace MarketSim.Market.Parameters;

/// <summary>The customer population (docs/model.md 3.3.1 to 3.3.4).</summary>
/// <param name="Count">Number of customer agents; each stands for an equal slice of its segment's demand.</param>
/// <param name="TotalDemand">Total demand at tick 0 if every customer had adopted, in million WU per month at the reference price.</param>
/// <param name="NativeBonus">lambda: utility bonus for a lab native to the customer's home cloud ecosystem.</param>
/// <param name="SensitivityClasses">Number of discrete classes approximating the spread of quality and price sensitivities.</param>
/// <param name="SensitivitySpread">Coefficient of variation of the lognormal spread of sensitivities across customers (0 = identical customers).</param>
/// <param name="HomeClouds">Share of customers whose home cloud is each cloud (by cloud id; sums to 1).</param>
/// <param name="Segments">Customer segments.</param>
/// <param name="AppealVolatility">sigma_xi: monthly standard deviation of each lab's product-appeal shock in utility (docs/model.md (3.1a)); 0 leaves appeal to capability, price and the brand constant.</param>
/// <param name="AppealHalfLife">Months for a product-appeal shock to halve (its AR(1) persistence is 2^(-1/half-life)).</param>
/// <param name="SteadyStart">Start each cell's adopters at the lab shares a month of reviews and adoptions leaves unchanged (docs/model.md (3.7a)), and solve the brand constants to those, instead of at the new choosers' logit shares.</param>
public sealed record CustomerParameters(
    int Count,
    double TotalDemand,
    double NativeBonus,
    int SensitivityClasses,
    double SensitivitySpread,
    IReadOnlyDictionary<string, double> HomeClouds,
    IReadOnlyList<SegmentParameters> Segments,
    bool SteadyStart = false,
    double AppealVolatility = 0,
    double AppealHalfLife = 24);
