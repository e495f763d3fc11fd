namespace MarketSim.Market.Parameters;

/// <summary>A vertical or horizontal alliance (docs/model.md 3.3.12).</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Kind">vertical or horizontal.</param>
/// <param name="StartTick">First month in force.</param>
/// <param name="EndTick">First month no longer in force (null: to the horizon).</param>
/// <param name="Clouds">Member clouds (vertical: exactly one).</param>
/// <param name="Labs">Member labs.</param>
/// <param name="Vendors">Member vendors.</param>
/// <param name="Investments">Vertical: money put into member labs.</param>
/// <param name="Commitments">Vertical: take-or-pay compute commitments of member labs to the cloud.</param>
/// <param name="ComputeAllocation">Vertical: share of each member lab's compute moved to the alliance cloud.</param>
/// <param name="PrioritySupply">Vertical: the member vendor ships the member cloud's orders first.</param>
/// <param name="LockIn">Vertical: lambda_v, extra cost of leaving the alliance's labs for customers homed on the alliance cloud (on top of the switching cost); membership alone makes the labs native there.</param>
/// <param name="ExitPenalty">Vertical: paid by a member lab to the cloud if the alliance ends early, USD billion.</param>
/// <param name="Interop">Horizontal: in [0, 1]; member labs become native on member clouds and switching costs between members shrink by (1 - interop).</param>
/// <param name="Portability">Horizontal: in [0, 1]; shrinks accelerator lock-in in member clouds' procurement.</param>
public sealed record AllianceParameters(
    string Id,
    AllianceKind Kind,
    int StartTick,
    int? EndTick,
    IReadOnlyList<string> Clouds,
    IReadOnlyList<string> Labs,
    IReadOnlyList<string> Vendors,
    IReadOnlyList<InvestmentParameters> Investments,
    IReadOnlyList<ContractParameters> Commitments,
    double ComputeAllocation,
    bool PrioritySupply,
    double LockIn,
    double ExitPenalty,
    double Interop,
    double Portability);
