namespace MarketSim.Market.Parameters;

/// <summary>Market-wide parameters.</summary>
/// <param name="EfficiencyHalvingMonths">H: months for the CU needed per WU to halve (algorithmic efficiency).</param>
/// <param name="CapabilityExponent">alpha in K = A (C / C0)^alpha.</param>
/// <param name="OpenWeightsLag">Months by which open-weights labs trail the frontier at most.</param>
/// <param name="MarkupShareThreshold">Relative change of a lab's demand share (month on month) beyond which its markup moves.</param>
/// <param name="Funding">Funding rounds and the external pool.</param>
/// <param name="Valuation">How firms are valued every tick.</param>
/// <param name="Sentiment">Sentiment dynamics (the bubble).</param>
/// <param name="TaskDemand">v2 demand (tasks times tokens per task); null keeps v1's decaying growth.</param>
/// <param name="Knowledge">v2 capability (knowledge stock, OU productivity, open-weights cap); null keeps v1's.</param>
/// <param name="Allocation">v2 allocation of lab compute across clouds by price; null keeps fixed shares.</param>
/// <param name="Workloads">v2 captive and other-ai segments replacing the clouds' background; null keeps v1's background (needs <paramref name="TaskDemand"/>).</param>
public sealed record MarketParameters(
    double EfficiencyHalvingMonths,
    double CapabilityExponent,
    double OpenWeightsLag,
    double MarkupShareThreshold,
    FundingParameters Funding,
    ValuationParameters Valuation,
    SentimentParameters Sentiment,
    TaskDemandParameters? TaskDemand = null,
    KnowledgeParameters? Knowledge = null,
    AllocationParameters? Allocation = null,
    WorkloadParameters? Workloads = null);
