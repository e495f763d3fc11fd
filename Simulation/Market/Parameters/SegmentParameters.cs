namespace MarketSim.Market.Parameters;

/// <summary>One customer segment (enterprise, developer, consumer).</summary>
/// <param name="Name">Segment name.</param>
/// <param name="CustomerShare">Share of the customer agents in this segment (segments sum to 1).</param>
/// <param name="DemandShare">Share of total demand this segment accounts for (segments sum to 1).</param>
/// <param name="InitialAdopted">Share of the segment's customers that have adopted at tick 0.</param>
/// <param name="P">Bass innovation coefficient p (per month).</param>
/// <param name="Q">Bass imitation coefficient q (per month).</param>
/// <param name="Growth">g: monthly growth of an adopter's base demand at tick 0.</param>
/// <param name="GrowthHalfLife">Months over which g halves (growth slows as uses mature).</param>
/// <param name="Elasticity">eta: price elasticity of quantity (above 1: cheaper AI raises spend).</param>
/// <param name="ReferencePrice">P_ref: price at which an adopter buys its base demand, USD billion per million WU.</param>
/// <param name="QualitySensitivity">bq: weight of ln capability in utility.</param>
/// <param name="PriceSensitivity">bp: weight of ln price in utility.</param>
/// <param name="SwitchingCost">s: utility cost of leaving the current lab.</param>
/// <param name="ReviewProbability">r: monthly probability that an adopter reviews its choice of lab.</param>
public sealed record SegmentParameters(
    string Name,
    double CustomerShare,
    double DemandShare,
    double InitialAdopted,
    double P,
    double Q,
    double Growth,
    double GrowthHalfLife,
    double Elasticity,
    double ReferencePrice,
    double QualitySensitivity,
    double PriceSensitivity,
    double SwitchingCost,
    double ReviewProbability);
