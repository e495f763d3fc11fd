namespace MarketSim.Market.Parameters;

/// <summary>
/// Captive workloads and other AI customers (docs/model.md 3.3.2c, MODEL.md 8.4.2): each cloud's v1 background
/// split at tick 0 by its <see cref="CloudParameters.CaptiveShare"/> into a captive segment (the parent's own
/// product on <see cref="CloudParameters.CaptiveLab"/>'s models, at the transfer price, paid by
/// <c>parent:&lt;cloud&gt;</c>) and an <c>other-ai</c> segment (at list, tokens per task at the lagged frontier).
/// Null in <see cref="MarketParameters.Workloads"/> keeps v1's background billed at list.
/// </summary>
/// <param name="CaptiveElasticity">eta of the captive segments on the cost of a task.</param>
/// <param name="OtherAiElasticity">eta of the other-ai segments on the cost of a task.</param>
/// <param name="FollowAdoption">Both segments' tasks scale with the customers' adopters, A(t) / A(t0) (docs/model.md (2.15a),
/// departure 83); false keeps MODEL.md 8.4.2's segments, which grow by x_s alone.</param>
/// <param name="ReachExponent">rho: the tasks scale with (A(t) / A(t0))^rho when <paramref name="FollowAdoption"/> is on
/// (docs/model.md (2.15a)); 1, the default, passes the adopters on one for one, 0 is the same as switching reach off.</param>
public sealed record WorkloadParameters(
    double CaptiveElasticity,
    double OtherAiElasticity,
    bool FollowAdoption = true,
    double ReachExponent = 1);
