namespace MarketSim.Market.Parameters;

/// <summary>An investor and its strategy (docs/model.md 3.3.11).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Strategy">racetrack, single-lab, lab-index, empire or custom.</param>
/// <param name="Capital">Notional capital spent at tick 0, USD million (small enough to take prices as given).</param>
/// <param name="Target">single-lab: the lab; empire: the cloud.</param>
/// <param name="Labs">empire: the labs it takes stakes in.</param>
/// <param name="Weights">custom or racetrack: weights by firm id (racetrack defaults to initial valuations).</param>
/// <param name="FollowOn">Takes its pro-rata part of later funding rounds.</param>
/// <param name="EqualWeights">lab-index: equal weights instead of valuation weights.</param>
/// <param name="CloudShare">empire: share of capital in the cloud; the rest goes to the labs.</param>
/// <param name="CreditShare">empire: share of the lab stakes paid as compute credits on its own cloud.</param>
public sealed record InvestorParameters(
    string Id,
    StrategyKind Strategy,
    double Capital,
    string? Target,
    IReadOnlyList<string>? Labs,
    IReadOnlyDictionary<string, double>? Weights,
    bool FollowOn,
    bool EqualWeights,
    double CloudShare,
    double CreditShare);
